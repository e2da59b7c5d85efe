import { expect, test, type APIRequestContext } from '@playwright/test'

import { ACTORS, GLOBALS, MATRIX, type Actor } from '../helpers/accessMatrix'
import { DEMO_USERS, loginToken } from '../helpers/e2eAuth'

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

      const update = await status(
        request,
        'patch',
        `/api/${collection}/${MISSING_ID}`,
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
