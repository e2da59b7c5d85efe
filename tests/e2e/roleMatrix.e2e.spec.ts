import { expect, test, type APIRequestContext } from '@playwright/test'

import {
  ACTORS,
  GLOBALS,
  LIVE_WRITES,
  liveWriteRequests,
  MATRIX,
  type Actor,
  type Start,
} from '../helpers/accessMatrix'
import { DEMO_USERS, loginToken } from '../helpers/e2eAuth'
import { PUBLIC_COLLECTIONS, sampleDoc, type PublicCollection } from '../helpers/sampleDocs'

// The same role matrix as tests/int/roleMatrix.int.spec.ts, over real HTTP against the
// production server: REST reads, writes and versions per collection, globals, the jobs
// endpoints and unlocking accounts. Writes target an id that does not exist, so an
// allowed write answers 404 (it got past access) and a refused one 401/403 — the demo
// content is never touched.
const MISSING_ID = 987654321
// Collections Payload exposes no REST routes for.
const NO_REST = new Set(['payload-migrations'])

const tokens = {} as Record<Actor, string | null>

test.beforeAll(async ({ request }) => {
  tokens.anonymous = null
  for (const role of ['contributor', 'editor', 'admin'] as const)
    tokens[role] = await loginToken(request, role)
})

function headers(actor: Actor): Record<string, string> {
  return tokens[actor] ? { Authorization: `JWT ${tokens[actor]}` } : {}
}

const REFUSED = [401, 403]

async function status(
  request: APIRequestContext,
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  actor: Actor,
  data?: unknown,
) {
  const response = await request[method](path, { headers: headers(actor), data })
  const body = await response.text()
  expect(body, `${method} ${path} as ${actor}`).not.toMatch(/SQLITE_|drizzle|at \w+ \(/)
  return response.status()
}

for (const [collection, row] of Object.entries(MATRIX)) {
  if (NO_REST.has(collection)) continue
  test(`REST ${collection}: every role stays in its lane`, async ({ request }) => {
    for (const actor of ACTORS) {
      const read = await status(request, 'get', `/api/${collection}?limit=1&depth=0`, actor)
      if (row.read[actor] === 'none')
        expect(REFUSED, `read ${collection} as ${actor}`).toContain(read)
      else expect(read, `read ${collection} as ${actor}`).toBe(200)

      // Drafted collections: the update the matrix allows contributors is a draft save.
      const update = await status(
        request,
        'patch',
        `/api/${collection}/${MISSING_ID}${row.drafts ? '?draft=true' : ''}`,
        actor,
        row.updateData ?? {},
      )
      const own = row.read[actor] === 'own'
      if (row.update.includes(actor)) expect(update, `update ${collection} as ${actor}`).toBe(404)
      else
        expect(own ? [...REFUSED, 404] : REFUSED, `update ${collection} as ${actor}`).toContain(
          update,
        )

      const remove = await status(request, 'delete', `/api/${collection}/${MISSING_ID}`, actor)
      if (row.delete.includes(actor)) expect(remove, `delete ${collection} as ${actor}`).toBe(404)
      else
        expect(own ? [...REFUSED, 404] : REFUSED, `delete ${collection} as ${actor}`).toContain(
          remove,
        )

      if (!row.create.includes(actor)) {
        const create = await status(request, 'post', `/api/${collection}`, actor, {})
        expect(REFUSED, `create ${collection} as ${actor}`).toContain(create)
      }

      if (row.readVersions) {
        const versions = await status(request, 'get', `/api/${collection}/versions?limit=1`, actor)
        if (row.readVersions.includes(actor)) expect(versions).toBe(200)
        else expect(REFUSED, `versions of ${collection} as ${actor}`).toContain(versions)
      }
    }
  })
}

test('REST globals: read, update and versions per role', async ({ request }) => {
  for (const [slug, rules] of Object.entries(GLOBALS)) {
    for (const actor of ACTORS) {
      const read = await status(request, 'get', `/api/globals/${slug}`, actor)
      expect(read, `read ${slug} as ${actor}`).toBe(rules.read.includes(actor) ? 200 : 403)
      if (!rules.update.includes(actor)) {
        const update = await status(request, 'post', `/api/globals/${slug}`, actor, {})
        expect(REFUSED, `update ${slug} as ${actor}`).toContain(update)
      }
      if (rules.readVersions) {
        const versions = await status(request, 'get', `/api/globals/${slug}/versions`, actor)
        if (rules.readVersions.includes(actor)) expect(versions).toBe(200)
        else expect(REFUSED, `versions of ${slug} as ${actor}`).toContain(versions)
      }
    }
  }
})

test('the jobs endpoints are for editors and admins only', async ({ request }) => {
  for (const actor of ['anonymous', 'contributor'] as const) {
    const run = await status(request, 'get', '/api/payload-jobs/run?limit=1', actor)
    expect(REFUSED, `run jobs as ${actor}`).toContain(run)
  }
  expect(await status(request, 'get', '/api/payload-jobs/run?limit=0', 'editor')).toBe(200)
})

test('only an admin unlocks another account', async ({ request }) => {
  for (const actor of ['anonymous', 'contributor', 'editor'] as const) {
    const unlock = await status(request, 'post', '/api/users/unlock', actor, {
      email: DEMO_USERS.contributor,
    })
    expect(REFUSED, `unlock as ${actor}`).toContain(unlock)
  }
  expect(
    await status(request, 'post', '/api/users/unlock', 'admin', { email: DEMO_USERS.contributor }),
  ).toBe(200)
})

test('a user deletes their own admin preference, nobody else’s', async ({ request }) => {
  const key = `e2e-pref-${Date.now()}`
  const saved = await request.post(`/api/payload-preferences/${key}`, {
    headers: headers('editor'),
    data: { value: { columns: ['title'] } },
  })
  expect(saved.status(), await saved.text()).toBe(200)
  expect(await status(request, 'delete', `/api/payload-preferences/${key}`, 'contributor')).toBe(
    404,
  )
  expect(await status(request, 'delete', `/api/payload-preferences/${key}`, 'anonymous')).toBe(401)
  expect(await status(request, 'delete', `/api/payload-preferences/${key}`, 'editor')).toBe(200)
  expect(await status(request, 'delete', `/api/payload-preferences/${key}`, 'editor')).toBe(404)
})

test('GraphQL applies the same rules', async ({ request }) => {
  const query = (q: string, actor: Actor) =>
    request.post('/api/graphql', { headers: headers(actor), data: { query: q } })
  for (const actor of ACTORS) {
    const users = await (await query('{ Users(limit: 50) { docs { email role } } }', actor)).json()
    if (actor === 'admin') expect(users.data.Users.docs.length).toBeGreaterThanOrEqual(3)
    else if (actor === 'anonymous') expect(users.errors?.[0]?.message).toMatch(/not allowed/i)
    else
      expect(users.data.Users.docs.map((u: { email: string }) => u.email)).toEqual([
        DEMO_USERS[actor],
      ])

    const subs = await (await query('{ PushSubscriptions { docs { endpoint } } }', actor)).json()
    if (actor === 'admin') expect(subs.data?.PushSubscriptions).toBeTruthy()
    else expect(subs.errors?.[0]?.message).toMatch(/not allowed/i)
  }
  const created = await (
    await query('mutation { createTopic(data: { title: "x", slug: "gql-x" }) { id } }', 'anonymous')
  ).json()
  expect(created.errors?.[0]?.message).toMatch(/not allowed/i)
  expect(created.data?.createTopic ?? null).toBeNull()
})

// docs/SECURITY.md, over real HTTP on the production build: the writes of LIVE_WRITES
// that anonymous clients and contributors try, through REST (with and without ?draft=true)
// and GraphQL. Each document is made by the editor for the test and deleted afterwards.
test.describe('a contributor’s write never changes the live page', () => {
  const editorHeaders = () => headers('editor')

  async function startAs(
    request: APIRequestContext,
    collection: PublicCollection,
    start: Start,
  ): Promise<number | string> {
    const published = start === 'published' || start === 'unpublished'
    const created = await request.post(`/api/${collection}${published ? '' : '?draft=true'}`, {
      headers: editorHeaders(),
      data: { ...sampleDoc(collection), _status: published ? 'published' : 'draft' },
    })
    expect(created.status(), await created.text()).toBe(201)
    const id = (await created.json()).doc.id
    const next =
      start === 'published over a draft' ? 'published' : start === 'unpublished' ? 'draft' : null
    if (next) {
      const changed = await request.patch(`/api/${collection}/${id}`, {
        headers: editorHeaders(),
        data: { _status: next },
      })
      expect(changed.status(), await changed.text()).toBe(200)
    }
    return id
  }

  async function liveStatus(request: APIRequestContext, collection: string, id: number | string) {
    const found = await request.get(`/api/${collection}?where[id][equals]=${id}&depth=0`, {
      headers: editorHeaders(),
    })
    const doc = (await found.json()).docs?.[0]
    return doc ? { _status: doc._status, updatedAt: doc.updatedAt } : null
  }

  for (const collection of PUBLIC_COLLECTIONS) {
    test(`${collection}: REST and GraphQL`, async ({ request }) => {
      test.setTimeout(240_000)
      for (const [what, write] of Object.entries(LIVE_WRITES)) {
        for (const actor of ['anonymous', 'contributor'] as const) {
          for (const spelling of ['REST', 'GraphQL'] as const) {
            const label = `${collection}: ${what} as ${actor} through ${spelling}`
            const id = await startAs(request, collection, write.start)
            let versionId: number | string | undefined
            if (write.kind === 'restore') {
              const versions = await request.get(
                `/api/${collection}/versions?where[parent][equals]=${id}&where[version._status][equals]=draft&sort=createdAt&limit=1`,
                { headers: editorHeaders() },
              )
              versionId = (await versions.json()).docs[0].id
            }
            const before = await liveStatus(request, collection, id)
            const { rest, graphql } = liveWriteRequests(collection, write, id, versionId)
            let allowedThrough: boolean
            if (spelling === 'REST') {
              const method = rest.method.toLowerCase() as 'patch' | 'post' | 'delete'
              const body = method === 'delete' ? undefined : rest.data
              const code = await status(request, method, rest.path, actor, body)
              expect([200, 201, ...REFUSED], label).toContain(code)
              allowedThrough = code === 200 || code === 201
            } else {
              const answer = await request.post('/api/graphql', {
                headers: headers(actor),
                data: { query: graphql },
              })
              const body = await answer.json()
              if (body.errors?.length)
                expect(String(body.errors[0].message), label).toMatch(/not allowed/i)
              allowedThrough = !body.errors?.length
            }
            const allowed = write.allowed.includes(actor)
            expect(allowedThrough, label).toBe(allowed)
            const after = await liveStatus(request, collection, id)
            if (!allowed) expect(after, `${label}: the live document is untouched`).toEqual(before)
            else if (write.kind === 'update')
              expect(after?._status, `${label}: still published`).toBe('published')
            if (after) {
              const removed = await request.delete(`/api/${collection}/${id}`, {
                headers: editorHeaders(),
              })
              expect(removed.status(), label).toBe(200)
            }
          }
        }
      }
    })
  }
})
