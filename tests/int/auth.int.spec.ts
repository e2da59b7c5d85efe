// docs/SECURITY.md (reset link), 9 and 25 over real HTTP through Payload's REST and
// GraphQL route handlers: lockout after 5 bad logins, sequential and parallel, of the client
// that made them and not of the account for everyone; only an admin unlocks; the old token is dead after logout (401, while a live token without permission gets
// 403); session cookie flags; the reset link comes
// from the configured server URL whatever Host a request claims; a cookie-authenticated write
// from a foreign Origin is refused.
import { getPayload, type Payload } from 'payload'
import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { readServerUrl } from '../../src/lib/config/env'
import { DEAD_TOKEN_MESSAGE } from '../../src/lib/http/deadToken'
import { resetRateLimits } from '../../src/lib/http/rateLimit'
import { isLockedOut } from '../../src/lib/auth/loginLockout'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type HttpAnswer,
  type RouteServer,
} from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const PASSWORD = 'correct-horse-battery'
let ctx: TestPayload
let payload: Payload
let server: RouteServer
let userCount = 0
const serverURL = readServerUrl()

beforeAll(async () => {
  // The limiter is tested in rateLimit.int.spec.ts; here it must not get in the way.
  process.env.PLAZA_RATE_LIMIT_LOGIN = '100000/60'
  process.env.PLAZA_RATE_LIMIT_FORGOT_PASSWORD = '100000/60'
  ctx = await startTestPayload()
  payload = ctx.payload
  resetRateLimits()
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
  delete process.env.PLAZA_RATE_LIMIT_LOGIN
  delete process.env.PLAZA_RATE_LIMIT_FORGOT_PASSWORD
})

async function newUser(role: 'admin' | 'editor' | 'contributor' = 'editor') {
  const email = `${role}-${++userCount}@test.example`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role },
    overrideAccess: true,
  })
  return { id: user.id, email }
}

const api = (path: string) => `${server.origin}/api${path}`

function login(email: string, password = 'wrong-password', from = '127.0.0.1') {
  return httpRequest(api('/users/login'), { method: 'POST', body: { email, password }, from })
}

async function tokenFor(email: string): Promise<string> {
  const answer = await login(email, PASSWORD)
  expect(answer.status, answer.text).toBe(200)
  return answer.json().token as string
}

const me = async (token: string) =>
  (await httpRequest(api('/users/me'), { headers: { authorization: `JWT ${token}` } })).json()
    .user as { id: number } | null

function expectLockedAnswer(answer: HttpAnswer) {
  expect(answer.status).toBe(401)
  expect(answer.json().errors?.[0]?.message).toMatch(/locked/i)
  expect(answer.json().token).toBeUndefined()
}

const messageOf = (answer: HttpAnswer) => String(answer.json().errors?.[0]?.message)

// The lock is per account and client (src/lib/auth/loginLockout.ts, docs/SECURITY.md):
// the attacker below is 127.0.0.2, the editor signs in from 127.0.0.3.
const ATTACKER = '127.0.0.2'
const EDITOR_DESK = '127.0.0.3'

describe('lockout (lines 6 and 25)', () => {
  it(
    'locks the account for the client after 5 bad logins in a row; the right password is then refused from there',
    { timeout: 120_000 },
    async () => {
      const { email } = await newUser()
      for (let i = 0; i < 5; i++) {
        const answer = await login(email, 'wrong-password', ATTACKER)
        expect(answer.status).toBe(401)
        expect(messageOf(answer)).toMatch(/incorrect/i)
      }
      expect(isLockedOut('users', email, ATTACKER)).toBe(true)
      expectLockedAnswer(await login(email, PASSWORD, ATTACKER))
      // The same address in another spelling (upper case e-mail) is the same account.
      expectLockedAnswer(await login(email.toUpperCase(), PASSWORD, ATTACKER))
    },
  )

  it(
    'does not let a stranger keep an editor out: the editor signs in from another address',
    { timeout: 120_000 },
    async () => {
      const { id, email } = await newUser()
      for (let i = 0; i < 8; i++) await login(email, 'wrong-password', ATTACKER)
      const editor = await login(email, PASSWORD, EDITOR_DESK)
      expect(editor.status, editor.text).toBe(200)
      expect((await me(editor.json().token))?.id).toBe(id)
      // The attacker stays refused, right password or not, whatever it claims to be.
      expectLockedAnswer(await login(email, PASSWORD, ATTACKER))
      const forged = await httpRequest(api('/users/login'), {
        method: 'POST',
        body: { email, password: PASSWORD },
        headers: { 'x-forwarded-for': '198.51.100.77', 'x-real-ip': '198.51.100.78' },
        from: ATTACKER,
      })
      expectLockedAnswer(forged)
      // Over GraphQL too.
      const graphql = await httpRequest(api('/graphql'), {
        method: 'POST',
        body: {
          query: `mutation { loginUser(email: "${email}", password: "${PASSWORD}") { token } }`,
        },
        from: ATTACKER,
      })
      expect(graphql.json().data?.loginUser ?? null).toBeNull()
      expect(graphql.json().errors?.[0]?.message).toMatch(/locked/i)
    },
  )

  it(
    'a client making 12 bad logins in parallel gets exactly 5 checked',
    { timeout: 300_000 },
    async () => {
      const { email } = await newUser()
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => login(email, 'wrong-password', ATTACKER)),
      )
      // No 500 ("database is locked" on SQLite before logins were queued): all refused.
      expect(answers.map((a) => a.status)).toEqual(Array(12).fill(401))
      // Parallel attempts get no more password checks than sequential ones: exactly 5 were
      // checked ("incorrect"), the other 7 were refused unchecked ("locked").
      const messages = answers.map(messageOf)
      expect(messages.filter((m) => /incorrect/i.test(m))).toHaveLength(5)
      expect(messages.filter((m) => /locked/i.test(m))).toHaveLength(7)
      expectLockedAnswer(await login(email, PASSWORD, ATTACKER))
      expect((await login(email, PASSWORD, EDITOR_DESK)).status).toBe(200)
    },
  )

  it('a successful login forgives that client its earlier mistakes', async () => {
    const { email } = await newUser()
    for (let i = 0; i < 4; i++) await login(email, 'wrong-password', EDITOR_DESK)
    expect((await login(email, PASSWORD, EDITOR_DESK)).status).toBe(200)
    for (let i = 0; i < 4; i++) await login(email, 'wrong-password', EDITOR_DESK)
    expect((await login(email, PASSWORD, EDITOR_DESK)).status).toBe(200)
  })

  it(
    'lets only an admin lift a lock, over REST; GraphQL has no unlock',
    { timeout: 180_000 },
    async () => {
      const { email } = await newUser()
      await Promise.all(Array.from({ length: 6 }, () => login(email, 'wrong-password', ATTACKER)))
      expect(isLockedOut('users', email, ATTACKER)).toBe(true)
      for (const role of ['contributor', 'editor'] as const) {
        const token = await tokenFor((await newUser(role)).email)
        const rest = await httpRequest(api('/users/unlock'), {
          method: 'POST',
          headers: { authorization: `JWT ${token}` },
          body: { email },
        })
        expect(rest.status, `${role} over REST`).toBe(403)
        const graphql = await httpRequest(api('/graphql'), {
          method: 'POST',
          headers: { authorization: `JWT ${token}` },
          body: { query: `mutation { unlockUser(email: "${email}") }` },
        })
        expect(graphql.json().data?.unlockUser ?? null, `${role} over GraphQL`).toBeNull()
        const anonymous = await httpRequest(api('/users/unlock'), {
          method: 'POST',
          body: { email },
        })
        expect(anonymous.status).toBe(403)
        expect(isLockedOut('users', email, ATTACKER), `still locked after ${role}`).toBe(true)
      }
      const adminToken = await tokenFor((await newUser('admin')).email)
      const unlock = await httpRequest(api('/users/unlock'), {
        method: 'POST',
        headers: { authorization: `JWT ${adminToken}` },
        body: { email },
      })
      expect(unlock.status, unlock.text).toBe(200)
      expect(isLockedOut('users', email, ATTACKER)).toBe(false)
      expect((await login(email, PASSWORD, ATTACKER)).status).toBe(200)
    },
  )
})

describe('sessions (line 7)', () => {
  const expectDead = (answer: HttpAnswer, what: string) => {
    expect(answer.status, `${what}: ${answer.text}`).toBe(401)
    expect(answer.json().errors[0].message, what).toBe(DEAD_TOKEN_MESSAGE)
    expect(answer.headers['www-authenticate'], what).toMatch(/invalid_token/)
  }

  it('answers 401 to the token after logout, on reads, writes, refresh, /me and GraphQL', async () => {
    const { id, email } = await newUser()
    const token = await tokenFor(email)
    const auth = { authorization: `JWT ${token}` }
    expect((await me(token))?.id).toBe(id)
    expect((await httpRequest(api(`/users/${id}`), { headers: auth })).status).toBe(200)
    const logout = await httpRequest(api('/users/logout'), { method: 'POST', headers: auth })
    expect(logout.status, logout.text).toBe(200)
    expectDead(await httpRequest(api('/users/me'), { headers: auth }), '/me')
    expectDead(await httpRequest(api(`/users/${id}`), { headers: auth }), 'own read')
    // Public data is no excuse: the client must learn its token is dead.
    expectDead(await httpRequest(api('/services?limit=1'), { headers: auth }), 'public read')
    const refresh = await httpRequest(api('/users/refresh-token'), {
      method: 'POST',
      headers: auth,
    })
    expectDead(refresh, 'refresh')
    expect(refresh.json().refreshedToken).toBeUndefined()
    const write = await httpRequest(api(`/users/${id}`), {
      method: 'PATCH',
      headers: auth,
      body: { name: 'after logout' },
    })
    expectDead(write, 'write')
    const bearer = await httpRequest(api(`/users/${id}`), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    })
    expectDead(bearer, 'delete with Bearer')
    const graphql = await httpRequest(api('/graphql'), {
      method: 'POST',
      headers: auth,
      body: { query: `mutation { updateUser(id: ${id}, data: { name: "gql" }) { id } }` },
    })
    expectDead(graphql, 'GraphQL')
    expect((await payload.findByID({ collection: 'users', id })).name ?? null).toBeNull()
    // Signing in again still works with the dead token in the header.
    const again = await httpRequest(api('/users/login'), {
      method: 'POST',
      headers: auth,
      body: { email, password: PASSWORD },
    })
    expect(again.status, again.text).toBe(200)
  })

  it('answers 401 to expired, foreign-signed, tampered and deleted-user tokens', async () => {
    const { id, email } = await newUser()
    const token = await tokenFor(email)
    const [header, body] = token.split('.')
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString()) as Record<string, unknown>
    const { authVersion } = JSON.parse(Buffer.from(header!, 'base64url').toString()) as {
      authVersion?: unknown
    }
    const sign = (key: string, extra: Record<string, unknown>) =>
      new SignJWT({ ...claims, ...extra })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT', ...(authVersion ? { authVersion } : {}) })
        .sign(new TextEncoder().encode(key))
    const now = Math.floor(Date.now() / 1000)
    const live = await sign(payload.secret, {})
    expect((await me(live))?.id, 'the re-signed token is valid').toBe(id)
    const expired = await sign(payload.secret, { iat: now - 7200, exp: now - 60 })
    const foreign = await sign('another-secret-0123456789abcdef', {})
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${token.split('.')[2]}`
    for (const [what, dead] of [
      ['expired', expired],
      ['other secret', foreign],
      ['tampered', tampered],
      ['garbage', 'not-a-jwt'],
    ] as const) {
      expectDead(
        await httpRequest(api(`/users/${id}`), { headers: { authorization: `JWT ${dead}` } }),
        what,
      )
    }
    await payload.delete({ collection: 'users', id, overrideAccess: true })
    expectDead(
      await httpRequest(api('/users/me'), { headers: { authorization: `JWT ${token}` } }),
      'deleted user',
    )
  })

  it('keeps 403 for a live token without permission, and 403 for no token at all', async () => {
    const contributor = await newUser('contributor')
    const other = await newUser('editor')
    const token = await tokenFor(contributor.email)
    const auth = { authorization: `JWT ${token}` }
    const remove = await httpRequest(api(`/users/${other.id}`), { method: 'DELETE', headers: auth })
    expect(remove.status, remove.text).toBe(403)
    expect(remove.text).not.toContain(DEAD_TOKEN_MESSAGE)
    const create = await httpRequest(api('/users'), {
      method: 'POST',
      headers: auth,
      body: { email: 'x@test.example', password: PASSWORD, role: 'admin' },
    })
    expect(create.status, create.text).toBe(403)
    const graphql = await httpRequest(api('/graphql'), {
      method: 'POST',
      headers: auth,
      body: { query: `mutation { deleteUser(id: ${other.id}) { id } }` },
    })
    expect(graphql.status).not.toBe(401)
    expect(graphql.json().data?.deleteUser ?? null).toBeNull()
    const anonymous = await httpRequest(api(`/users/${other.id}`), { method: 'DELETE' })
    expect(anonymous.status).toBe(403)
    expect(await payload.findByID({ collection: 'users', id: other.id })).toBeTruthy()
  })

  it('answers 401 to a refused request with a dead session cookie; /me still answers user: null', async () => {
    const { id, email } = await newUser()
    const answer = await login(email, PASSWORD)
    const cookie = String(answer.headers['set-cookie']?.[0]).split(';')[0]
    const withCookie = { cookie, origin: serverURL }
    await httpRequest(api('/users/logout'), { method: 'POST', headers: withCookie })
    const write = await httpRequest(api(`/users/${id}`), {
      method: 'PATCH',
      headers: withCookie,
      body: { name: 'stale cookie' },
    })
    expectDead(write, 'stale cookie write')
    // The admin panel asks /me with whatever cookie the browser holds and expects user: null.
    const who = await httpRequest(api('/users/me'), { headers: withCookie })
    expect(who.status).toBe(200)
    expect(who.json().user).toBeNull()
    expect((await payload.findByID({ collection: 'users', id })).name ?? null).toBeNull()
  })

  it('also kills the session cookie at logout, and clears it in the browser', async () => {
    const { email } = await newUser()
    const answer = await login(email, PASSWORD)
    const cookie = String(answer.headers['set-cookie']?.[0]).split(';')[0]
    expect(cookie).toMatch(/^payload-token=.+/)
    const withCookie = { cookie, origin: serverURL }
    expect((await httpRequest(api('/users/me'), { headers: withCookie })).json().user).toBeTruthy()
    const logout = await httpRequest(api('/users/logout'), { method: 'POST', headers: withCookie })
    const cleared = String(logout.headers['set-cookie'])
    expect(cleared).toMatch(/^payload-token=;/)
    const expires = /Expires=([^;]+)/i.exec(cleared)?.[1]
    expect(new Date(expires!).getTime()).toBeLessThanOrEqual(Date.now())
    expect((await httpRequest(api('/users/me'), { headers: withCookie })).json().user).toBeNull()
  })

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/ (not Secure on plain-http localhost)', async () => {
    const { email } = await newUser()
    const answer = await login(email, PASSWORD)
    const cookie = String(answer.headers['set-cookie']?.[0])
    expect(cookie).toMatch(/^payload-token=/)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    expect(cookie).toMatch(/;\s*Path=\//i)
    // The test server's configured URL is http://localhost: browsers drop Secure cookies there.
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })

  it('marks the cookie Secure whenever the configured server URL is not plain-http loopback', async () => {
    const saved = { url: process.env.PLAZA_SERVER_URL, env: process.env.NODE_ENV }
    try {
      for (const [url, secure] of [
        ['https://plaza.city.example', true],
        ['http://plaza.city.example', true],
        ['https://localhost:3000', true],
        ['http://localhost:3000', false],
        ['http://127.0.0.1:3108', false],
      ] as const) {
        process.env.PLAZA_SERVER_URL = url
        vi.stubEnv('NODE_ENV', 'production')
        vi.resetModules()
        const { Users } = await import('../../collections/Users')
        const cookies = (Users.auth as { cookies: { secure: boolean; sameSite: string } }).cookies
        expect(cookies, url).toEqual({ secure, sameSite: 'Lax' })
      }
    } finally {
      vi.unstubAllEnvs()
      if (saved.url === undefined) delete process.env.PLAZA_SERVER_URL
      else process.env.PLAZA_SERVER_URL = saved.url
    }
  })
})

describe('password reset link (line 8)', () => {
  it('is built from the configured server URL whatever Host or X-Forwarded-Host the request names', async () => {
    const { email } = await newUser()
    // The route handlers use the default Payload instance: capture its e-mail there.
    const { default: config } = await import('@payload-config')
    const live = await getPayload({ config })
    const sent: Array<{ to: string; html: string }> = []
    const original = live.email
    live.email = {
      ...original,
      sendEmail: async (message) => void sent.push(message as { to: string; html: string }),
    }
    try {
      const forged: Array<Record<string, string>> = [
        { host: 'evil.example' },
        { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
        { 'x-forwarded-host': 'evil.example:443', forwarded: 'host=evil.example;proto=https' },
        { origin: 'https://evil.example', referer: 'https://evil.example/admin' },
      ]
      for (const headers of forged) {
        const answer = await httpRequest(api('/users/forgot-password'), {
          method: 'POST',
          headers,
          body: { email },
        })
        expect(answer.status, answer.text).toBe(200)
      }
    } finally {
      live.email = original
    }
    expect(sent).toHaveLength(4)
    for (const message of sent) {
      expect(message.to).toBe(email)
      const links = [...message.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])
      expect(links).toHaveLength(1)
      expect(links[0]).toMatch(new RegExp(`^${serverURL}/admin/reset/[0-9a-f]{40}$`))
      expect(message.html).not.toMatch(/evil/)
    }
  })
})

describe('foreign origins (line 9)', () => {
  async function cookieFor(email: string) {
    const answer = await login(email, PASSWORD)
    return String(answer.headers['set-cookie']?.[0]).split(';')[0]
  }

  it('ignores the session cookie on a write from a foreign Origin; our own origin works', async () => {
    const { id, email } = await newUser()
    const cookie = await cookieFor(email)
    for (const origin of ['https://evil.example', 'http://localhost:3001', 'null']) {
      const answer = await httpRequest(api(`/users/${id}`), {
        method: 'PATCH',
        headers: { cookie, origin },
        body: { name: `from ${origin}` },
      })
      expect(answer.status, origin).toBe(403)
      const graphql = await httpRequest(api('/graphql'), {
        method: 'POST',
        headers: { cookie, origin },
        body: {
          query: `mutation { updateUser(id: ${id}, data: { name: "gql ${origin}" }) { id } }`,
        },
      })
      expect(graphql.json().data?.updateUser ?? null, origin).toBeNull()
    }
    expect((await payload.findByID({ collection: 'users', id })).name ?? null).toBeNull()

    const own = await httpRequest(api(`/users/${id}`), {
      method: 'PATCH',
      headers: { cookie, origin: serverURL },
      body: { name: 'from our own admin' },
    })
    expect(own.status, own.text).toBe(200)
    expect((await payload.findByID({ collection: 'users', id })).name).toBe('from our own admin')
  })

  it('grants CORS (with credentials) to the configured origin only', async () => {
    const preflight = (origin: string) =>
      httpRequest(api('/users/me'), {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PATCH' },
      })
    const foreign = await preflight('https://evil.example')
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
    const own = await preflight(serverURL)
    expect(own.headers['access-control-allow-origin']).toBe(serverURL)
    expect(own.headers['access-control-allow-credentials']).toBe('true')
  })
})
