// The role × collection × operation matrix (docs/SECURITY.md), through the Local API
// with `overrideAccess: false`, i.e. the same access rules REST and GraphQL apply.
// Every collection and global in the config must have a row here: a new collection
// without one fails the first test, so nobody ships a collection on Payload's permissive
// defaults by accident. A signed-in citizen (electronic-office session) is not a Payload
// user: to Payload's APIs they are anonymous, which the "anonymous" column covers. What is
// live changes only as the role allows: tests/int/liveContent*.int.spec.ts.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  ACTORS,
  GLOBALS,
  MATRIX,
  type Actor,
  type Doc,
  type Role,
  type Row,
} from '../helpers/accessMatrix'
import {
  asActor,
  createRoleUsers,
  noRevalidate,
  outcome,
  type RoleUsers,
} from '../helpers/roleMatrixRun'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let users: RoleUsers
let counter = 0

const as = (actor: Actor) => asActor(users, actor)

async function seedDoc(collection: string, row: Row, status: 'draft' | 'published' = 'published') {
  const data = { ...row.seed!(payload, ++counter), ...(row.drafts ? { _status: status } : {}) }
  return (await payload.create({
    collection: collection as never,
    data: data as never,
    draft: status === 'draft',
    overrideAccess: true,
    context: noRevalidate,
  })) as Doc
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  ;({ users } = await createRoleUsers(payload, 'matrix'))
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('the matrix covers the whole config', () => {
  it('has a row for every collection and global, so none relies on a default by accident', () => {
    const collections = payload.config.collections.map((c) => c.slug).sort()
    expect(collections).toEqual(Object.keys(MATRIX).sort())
    const globals = payload.config.globals.map((g) => g.slug).sort()
    expect(globals).toEqual(Object.keys(GLOBALS).sort())
  })
})

describe.each(Object.entries(MATRIX))('%s', (collection, row) => {
  let published: Doc | undefined
  let draft: Doc | undefined

  beforeAll(async () => {
    if (!row.seed) return
    published = await seedDoc(collection, row, 'published')
    if (row.drafts) draft = await seedDoc(collection, row, 'draft')
  })

  it.each(ACTORS)('read as %s', async (actor) => {
    const visibility = row.read[actor]
    const result = await outcome(async () => {
      const found = await payload.find({
        collection: collection as never,
        limit: 1000,
        depth: 0,
        ...as(actor),
      })
      const ids = found.docs.map((d) => (d as Doc).id)
      if (visibility === 'own') {
        // Only the actor's own records (users: themselves; preferences: theirs).
        if (collection === 'users') expect(ids).toEqual([users[actor as Role].id])
        else
          for (const doc of found.docs as { user?: { value?: unknown } }[])
            expect(doc.user?.value).toBe(users[actor as Role].id)
      }
      if (published && (visibility === 'all' || visibility === 'published'))
        expect(ids).toContain(published.id)
      if (draft) {
        if (visibility === 'all') expect(ids).toContain(draft.id)
        else expect(ids).not.toContain(draft.id)
      }
    })
    expect(result).toBe(visibility === 'none' ? 'forbidden' : 'ok')
  })

  it.each(ACTORS)('create as %s', async (actor) => {
    const allowed = row.create.includes(actor)
    if (allowed && !row.seed) return // uploads and internals: allowed writes are tested elsewhere
    const before = (await payload.count({ collection: collection as never, overrideAccess: true }))
      .totalDocs
    const data = allowed
      ? { ...row.seed!(payload, ++counter), ...(row.drafts ? { _status: 'draft' } : {}) }
      : { title: 'Not allowed' }
    const result = await outcome(() =>
      payload.create({
        collection: collection as never,
        data: data as never,
        draft: row.drafts,
        ...as(actor),
      }),
    )
    expect(result).toBe(allowed ? 'ok' : 'forbidden')
    const after = (await payload.count({ collection: collection as never, overrideAccess: true }))
      .totalDocs
    expect(after).toBe(allowed ? before + 1 : before)
  })

  it.each(ACTORS)('update as %s', async (actor) => {
    if (!published) return
    // Users may always edit their own record; the matrix is about someone else's.
    const allowed = row.update.includes(actor)
    const result = await outcome(() =>
      payload.update({
        collection: collection as never,
        id: published!.id,
        data: (row.updateData ?? {}) as never,
        draft: row.drafts,
        ...as(actor),
      }),
    )
    expect(result).toBe(allowed ? 'ok' : 'forbidden')
  })

  it.each(ACTORS)('delete as %s', async (actor) => {
    if (!row.seed) return
    const target = await seedDoc(collection, row, 'published')
    const allowed = row.delete.includes(actor)
    const result = await outcome(() =>
      payload.delete({ collection: collection as never, id: target.id, ...as(actor) }),
    )
    expect(result).toBe(allowed ? 'ok' : 'forbidden')
    const left = await payload.find({
      collection: collection as never,
      where: { id: { equals: target.id } },
      overrideAccess: true,
    })
    expect(left.totalDocs).toBe(allowed ? 0 : 1)
  })

  it.each(ACTORS)('read versions as %s', async (actor) => {
    if (!row.readVersions) return
    const result = await outcome(() =>
      payload.findVersions({ collection: collection as never, limit: 1, ...as(actor) }),
    )
    expect(result).toBe(row.readVersions.includes(actor) ? 'ok' : 'forbidden')
  })
})

describe.each(Object.entries(GLOBALS))('global %s', (slug, rules) => {
  it.each(ACTORS)('read, update and read versions as %s', async (actor) => {
    const read = await outcome(() => payload.findGlobal({ slug: slug as never, ...as(actor) }))
    expect(read).toBe(rules.read.includes(actor) ? 'ok' : 'forbidden')
    const update = await outcome(() =>
      payload.updateGlobal({ slug: slug as never, data: {} as never, ...as(actor) }),
    )
    expect(update).toBe(rules.update.includes(actor) ? 'ok' : 'forbidden')
    if (!rules.readVersions) return
    const versions = await outcome(() =>
      payload.findGlobalVersions({ slug: slug as never, limit: 1, ...as(actor) }),
    )
    expect(versions).toBe(rules.readVersions.includes(actor) ? 'ok' : 'forbidden')
  })
})

describe('field-level rules', () => {
  it('only admins set a role, also on their own record', async () => {
    const self = users.editor
    await expect(
      payload.update({
        collection: 'users',
        id: self.id,
        data: { role: 'admin' },
        ...as('editor'),
      }),
    ).resolves.toMatchObject({ role: 'editor' })
  })
})
