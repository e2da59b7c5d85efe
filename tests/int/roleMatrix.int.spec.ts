// The role × collection × operation matrix (docs/SECURITY.md), through the Local API
// with `overrideAccess: false`, i.e. the same access rules REST and GraphQL apply.
// Every collection and global in the config must have a row here: a new collection
// without one fails the first test, so nobody ships a collection on Payload's permissive
// defaults by accident. A signed-in citizen (electronic-office session) is not a Payload
// user: to Payload's APIs they are anonymous, which the "anonymous" column covers.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asUser } from '@/lib/db/asUser'
import {
  ACTORS,
  GLOBALS,
  LIVE_WRITES,
  liveWriteRequests,
  MATRIX,
  SPELLINGS,
  type Actor,
  type Doc,
  type LiveWrite,
  type Role,
  type Row,
  type Spelling,
  type Start,
} from '../helpers/accessMatrix'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type HttpAnswer,
  type RouteServer,
} from '../helpers/routeServer'
import { PUBLIC_COLLECTIONS, sampleDoc, type PublicCollection } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let server: RouteServer
const users = {} as Record<Role, Doc & Record<string, unknown>>
const tokens = {} as Record<Role, string>
const noRevalidate = { disableRevalidate: true, disableSearchSync: true }
let counter = 0

function as(actor: Actor) {
  return actor === 'anonymous'
    ? { overrideAccess: false, context: { ...noRevalidate } }
    : {
        overrideAccess: false,
        user: { ...users[actor], collection: 'users' },
        // A fresh object each time: Payload writes into the context (a restore marks it).
        context: { ...noRevalidate },
      }
}

async function outcome(fn: () => Promise<unknown>): Promise<'ok' | 'forbidden'> {
  try {
    await fn()
    return 'ok'
  } catch (error) {
    const status = (error as { status?: number }).status
    // A record outside the actor's rows (e.g. another user) is as good as absent: 404.
    if (status === 401 || status === 403 || status === 404 || (error as Error).name === 'Forbidden')
      return 'forbidden'
    throw error
  }
}

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
  for (const role of ['admin', 'editor', 'contributor'] as Role[]) {
    users[role] = (await payload.create({
      collection: 'users',
      data: { email: `${role}-matrix@test.example`, password: 'correct-horse-battery', role },
      overrideAccess: true,
    })) as unknown as Doc & Record<string, unknown>
    const login = await payload.login({
      collection: 'users',
      data: { email: `${role}-matrix@test.example`, password: 'correct-horse-battery' },
    })
    tokens[role] = login.token!
  }
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
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

// docs/SECURITY.md: what is live changes only when an editor or admin says so, whichever
// way the write arrives. Each attempt gets a fresh document in the stated starting state;
// after a refusal the live document must be exactly as it was, and after a contributor's
// draft save it must still be the published one.
async function startAs(collection: PublicCollection, start: Start) {
  const base = { collection, overrideAccess: true }
  const published = start === 'published' || start === 'unpublished'
  const doc = (await payload.create({
    ...base,
    context: { ...noRevalidate },
    data: { ...sampleDoc(collection), _status: published ? 'published' : 'draft' } as never,
    draft: !published,
  })) as Doc
  if (start === 'published over a draft')
    await payload.update({
      ...base,
      id: doc.id,
      data: { _status: 'published' } as never,
      context: { ...noRevalidate },
    })
  if (start === 'unpublished')
    await payload.update({
      ...base,
      id: doc.id,
      data: { _status: 'draft' } as never,
      context: { ...noRevalidate },
    })
  return doc
}

/** The draft version a "restore" brings back. */
async function oldDraftVersion(collection: PublicCollection, id: Doc['id']) {
  const versions = await payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'draft' } }] },
    sort: 'createdAt',
    limit: 1,
    overrideAccess: true,
  })
  return versions.docs[0]!.id
}

function restAnswer(answer: HttpAnswer): 'ok' | 'forbidden' {
  if (answer.status === 200 || answer.status === 201) return 'ok'
  if ([401, 403, 404].includes(answer.status)) return 'forbidden'
  throw new Error(`unexpected ${answer.status}: ${answer.text.slice(0, 300)}`)
}

function graphqlAnswer(answer: HttpAnswer): 'ok' | 'forbidden' {
  const body = answer.json()
  const message = String(body.errors?.[0]?.message ?? '')
  if (!body.errors?.length && answer.status === 200) return 'ok'
  if (/not allowed|not found/i.test(message)) return 'forbidden'
  throw new Error(`unexpected GraphQL answer ${answer.status}: ${answer.text.slice(0, 300)}`)
}

async function attemptLiveWrite(
  spelling: Spelling,
  actor: Actor,
  collection: PublicCollection,
  write: LiveWrite,
  id: Doc['id'],
): Promise<'ok' | 'forbidden'> {
  const data = write.status ? { _status: write.status } : {}
  const versionId = write.kind === 'restore' ? await oldDraftVersion(collection, id) : undefined
  if (spelling === 'REST' || spelling === 'GraphQL') {
    // A new connection per request: an idle kept-alive one may be closed under the next.
    const headers: Record<string, string> = {
      connection: 'close',
      ...(actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }),
    }
    const { rest, graphql } = liveWriteRequests(collection, write, id, versionId)
    if (spelling === 'REST')
      return restAnswer(
        await httpRequest(`${server.origin}${rest.path}`, {
          method: rest.method,
          headers,
          body: rest.method === 'DELETE' ? undefined : rest.data,
        }),
      )
    return graphqlAnswer(
      await httpRequest(`${server.origin}/api/graphql`, {
        method: 'POST',
        headers,
        body: { query: graphql },
      }),
    )
  }
  const who =
    spelling === 'asUser()'
      ? asUser({ ...users[actor as Role], collection: 'users' } as never, {
          context: { ...noRevalidate },
        })
      : as(actor)
  return outcome(() => {
    if (write.kind === 'update')
      return payload.update({
        collection,
        id,
        data: data as never,
        draft: write.draft,
        ...who,
      })
    if (write.kind === 'restore')
      return payload.restoreVersion({ collection, id: versionId!, draft: write.draft, ...who })
    return payload.delete({ collection, id, ...who })
  })
}

/** The live document as the database holds it (null when gone). */
async function live(collection: PublicCollection, id: Doc['id']) {
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    overrideAccess: true,
    depth: 0,
  })
  const doc = found.docs[0] as { _status?: string; updatedAt?: string } | undefined
  return doc ? { _status: doc._status, updatedAt: doc.updatedAt } : null
}

describe.each(PUBLIC_COLLECTIONS)('live content of %s', (collection) => {
  it.each(SPELLINGS)(
    'changes only as the role allows through %s',
    { timeout: 300_000 },
    async (spelling) => {
      for (const [what, write] of Object.entries(LIVE_WRITES)) {
        // A refused write leaves the document as it was, so the next actor reuses it.
        let doc: Doc | undefined
        for (const actor of ACTORS) {
          if (spelling === 'asUser()' && actor === 'anonymous') continue // asUser needs a person
          const label = `${collection}: ${what} as ${actor} through ${spelling}`
          doc ??= await startAs(collection, write.start)
          const before = await live(collection, doc.id)
          const result = await attemptLiveWrite(spelling, actor, collection, write, doc.id)
          const allowed = write.allowed.includes(actor)
          expect(result, label).toBe(allowed ? 'ok' : 'forbidden')
          const after = await live(collection, doc.id)
          if (!allowed) expect(after, `${label}: the live document is untouched`).toEqual(before)
          else if (write.kind === 'update' && write.draft && write.status === 'draft')
            expect(after?._status, `${label}: still published`).toBe('published')
          if (allowed) doc = undefined
        }
      }
    },
  )
})
