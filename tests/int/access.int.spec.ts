import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PUBLIC_COLLECTIONS, sampleDoc, type PublicCollection } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type Role = 'admin' | 'editor' | 'contributor'
type Actor = Role | 'anonymous'
type StaffUser = Record<string, unknown> & { id: number | string; collection: 'users'; role: Role }

let ctx: TestPayload
let payload: Payload
const users = {} as Record<Role, StaffUser>
const noRevalidate = { disableRevalidate: true }

function as(actor: Actor) {
  return actor === 'anonymous'
    ? { overrideAccess: false, context: noRevalidate }
    : { overrideAccess: false, user: users[actor], context: noRevalidate }
}

async function attempt(fn: () => Promise<unknown>): Promise<'ok' | 'forbidden'> {
  try {
    await fn()
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 401 || (error as Error).name === 'Forbidden')
      return 'forbidden'
    throw error
  }
}

/** One write per call, as `actor`; the answer is whether access let it through. */
function tryCreate(actor: Actor, collection: PublicCollection, status: 'draft' | 'published') {
  return attempt(() =>
    payload.create({
      collection,
      data: { ...sampleDoc(collection), _status: status },
      draft: status === 'draft',
      ...as(actor),
    } as never),
  )
}

function tryUpdate(
  actor: Actor,
  collection: PublicCollection,
  id: number | string,
  status: 'draft' | 'published',
) {
  return attempt(() =>
    payload.update({
      collection,
      id,
      data: { _status: status },
      draft: status === 'draft',
      ...as(actor),
    } as never),
  )
}

function tryDelete(actor: Actor, collection: PublicCollection, id: number | string) {
  return attempt(() => payload.delete({ collection, id, ...as(actor) }))
}

async function createAsAdmin(collection: PublicCollection, status: 'draft' | 'published') {
  return payload.create({
    collection,
    data: { ...sampleDoc(collection), _status: status },
    draft: status === 'draft',
    overrideAccess: true,
    context: noRevalidate,
  } as never) as Promise<{ id: number | string; slug: string }>
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  for (const role of ['admin', 'editor', 'contributor'] as Role[]) {
    const doc = await payload.create({
      collection: 'users',
      data: { email: `${role}@test.example`, password: 'correct-horse-battery', role },
      overrideAccess: true,
    })
    users[role] = { ...doc, collection: 'users' } as StaffUser
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe.each(PUBLIC_COLLECTIONS)('%s access', (collection) => {
  it('shows published documents to anonymous readers and hides drafts', async () => {
    const published = await createAsAdmin(collection, 'published')
    const draft = await createAsAdmin(collection, 'draft')
    const found = await payload.find({ collection, ...as('anonymous'), limit: 100, depth: 0 })
    const ids = found.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)

    // Asking for drafts explicitly or filtering on _status changes nothing.
    const withDraftFlag = await payload.find({
      collection,
      ...as('anonymous'),
      draft: true,
      limit: 100,
    })
    expect(withDraftFlag.docs.map((doc) => doc.id)).not.toContain(draft.id)
    const byStatus = await payload.find({
      collection,
      ...as('anonymous'),
      where: { _status: { equals: 'draft' } },
    })
    expect(byStatus.totalDocs).toBe(0)
    await expect(
      payload.findByID({ collection, id: draft.id, ...as('anonymous') }),
    ).rejects.toThrow()
    expect(await attempt(() => payload.findVersions({ collection, ...as('anonymous') }))).toBe(
      'forbidden',
    )
  })

  it('refuses every write from anonymous users', async () => {
    const published = await createAsAdmin(collection, 'published')
    expect(await tryCreate('anonymous', collection, 'published')).toBe('forbidden')
    expect(await tryUpdate('anonymous', collection, published.id, 'draft')).toBe('forbidden')
    expect(await tryDelete('anonymous', collection, published.id)).toBe('forbidden')
  })

  it('lets contributors write drafts but not publish or delete published content', async () => {
    expect(await tryCreate('contributor', collection, 'draft')).toBe('ok')
    expect(await tryCreate('contributor', collection, 'published')).toBe('forbidden')

    const published = await createAsAdmin(collection, 'published')
    expect(await tryUpdate('contributor', collection, published.id, 'draft')).toBe('ok')
    expect(await tryUpdate('contributor', collection, published.id, 'published')).toBe('forbidden')
    expect(await tryDelete('contributor', collection, published.id)).toBe('forbidden')

    const ownDraft = await createAsAdmin(collection, 'draft')
    expect(await tryDelete('contributor', collection, ownDraft.id)).toBe('ok')
    // The published document is still there and still published.
    const still = await payload.findByID({ collection, id: published.id, overrideAccess: true })
    expect(still._status).toBe('published')
  })

  it.each(['editor', 'admin'] as Role[])('lets %s publish, update and delete', async (role) => {
    const created = (await payload.create({
      collection,
      data: { ...sampleDoc(collection), _status: 'published' },
      ...as(role),
    } as never)) as { id: number | string }
    expect(await tryUpdate(role, collection, created.id, 'published')).toBe('ok')
    expect(await attempt(() => payload.findVersions({ collection, ...as(role) }))).toBe('ok')
    expect(await tryDelete(role, collection, created.id)).toBe('ok')
  })
})

describe('fields hidden from the public', () => {
  it('never returns internal notes to anonymous readers', async () => {
    const service = await payload.create({
      collection: 'services',
      data: {
        ...sampleDoc('services'),
        _status: 'published',
        internalNotes: 'call the contractor',
      } as never,
      overrideAccess: true,
      context: noRevalidate,
    })
    const publicView = await payload.findByID({
      collection: 'services',
      id: service.id,
      ...as('anonymous'),
    })
    expect(publicView).not.toHaveProperty('internalNotes')
    const staffView = await payload.findByID({
      collection: 'services',
      id: service.id,
      ...as('contributor'),
    })
    expect(staffView.internalNotes).toBe('call the contractor')
  })
})

describe('users', () => {
  it('lets only admins create, list and delete users', async () => {
    const data = {
      email: `new-${Date.now()}@test.example`,
      password: 'another-long-password',
      role: 'editor',
    }
    for (const actor of ['anonymous', 'contributor', 'editor'] as Actor[]) {
      expect(
        await attempt(() => payload.create({ collection: 'users', data, ...as(actor) } as never)),
      ).toBe('forbidden')
    }
    const created = await payload.create({ collection: 'users', data, ...as('admin') } as never)
    const seenByEditor = await payload.find({ collection: 'users', ...as('editor') })
    expect(seenByEditor.docs.map((u) => u.id)).toEqual([users.editor.id])
    expect(
      await attempt(() => payload.delete({ collection: 'users', id: created.id, ...as('editor') })),
    ).toBe('forbidden')
    expect(
      await attempt(() => payload.delete({ collection: 'users', id: created.id, ...as('admin') })),
    ).toBe('ok')
  })

  it('does not let a user raise their own role', async () => {
    await payload.update({
      collection: 'users',
      id: users.contributor.id,
      data: { role: 'admin', name: 'Connie' },
      ...as('contributor'),
    } as never)
    const after = await payload.findByID({
      collection: 'users',
      id: users.contributor.id,
      overrideAccess: true,
    })
    expect(after.role).toBe('contributor')
    expect(after.name).toBe('Connie')
  })

  it('does not let one user edit another', async () => {
    expect(
      await attempt(() =>
        payload.update({
          collection: 'users',
          id: users.editor.id,
          data: { name: 'x' },
          ...as('contributor'),
        } as never),
      ),
    ).toBe('forbidden')
  })
})

describe('globals', () => {
  it('lets only admins change site settings, and anyone read them', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', ...as('anonymous') })
    expect(settings.cityName).toBe('Testville')
    for (const actor of ['anonymous', 'contributor', 'editor'] as Actor[]) {
      expect(
        await attempt(() =>
          payload.updateGlobal({
            slug: 'site-settings',
            data: { cityName: 'Hacked' },
            ...as(actor),
          }),
        ),
      ).toBe('forbidden')
    }
    expect(
      await attempt(() =>
        payload.updateGlobal({
          slug: 'site-settings',
          data: { cityName: 'Testville' },
          ...as('admin'),
        }),
      ),
    ).toBe('ok')
  })

  it('lets editors but not contributors change navigation', async () => {
    const data = { header: [{ label: 'Procedures', href: '/procedures' }] }
    expect(
      await attempt(() => payload.updateGlobal({ slug: 'navigation', data, ...as('contributor') })),
    ).toBe('forbidden')
    expect(
      await attempt(() => payload.updateGlobal({ slug: 'navigation', data, ...as('editor') })),
    ).toBe('ok')
  })
})

describe('media', () => {
  it('refuses uploads from anonymous users', async () => {
    expect(
      await attempt(() =>
        payload.create({
          collection: 'media',
          data: { alt: 'x' },
          file: { data: Buffer.from('x'), mimetype: 'image/png', name: 'x.png', size: 1 },
          ...as('anonymous'),
        }),
      ),
    ).toBe('forbidden')
  })
})
