import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { subjectHash, deriveKey } from '@/lib/eoffice/keys'
import { OIDC_TX_COOKIE } from '@/lib/eoffice/oidc'
import { CITIZEN_COOKIE } from '@/lib/eoffice/session'
import { signToken, verifyToken } from '@/lib/eoffice/signedToken'

import { Browser, startEOfficeApp } from '../helpers/eofficeApp'
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidcProvider'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// "Connect my electronic office" end to end over HTTP: the app's route handlers on one
// port, a real OpenID Connect provider (oidc-provider) on another, a cookie-keeping client
// following every redirect. Authorization code + PKCE, state and nonce are checked by
// openid-client in the app; here they are tampered with and must be refused.
const SUB = 'citizen-raw-sub-5d41402abc4b2a76'

let ctx: TestPayload
let payload: Payload
let app: Awaited<ReturnType<typeof startEOfficeApp>>
let idp: TestOidcProvider

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  app = await startEOfficeApp(payload)
  process.env.PLAZA_SERVER_URL = app.origin
  idp = await startOidcProvider({ redirectUri: `${app.origin}/api/eoffice/callback`, sub: SUB })
  process.env.EOFFICE_OIDC_ISSUER = idp.issuer
  process.env.EOFFICE_OIDC_CLIENT_ID = idp.clientId
  process.env.EOFFICE_OIDC_CLIENT_SECRET = idp.clientSecret
})

afterAll(async () => {
  for (const name of [
    'PLAZA_SERVER_URL',
    'EOFFICE_OIDC_ISSUER',
    'EOFFICE_OIDC_CLIENT_ID',
    'EOFFICE_OIDC_CLIENT_SECRET',
  ]) {
    delete process.env[name]
  }
  await app?.close()
  await idp?.close()
  await ctx?.cleanup()
})

const isCallback = (url: URL) =>
  url.origin === app.origin && url.pathname === '/api/eoffice/callback'

/** Login on the app, then through the provider up to (not into) the app's callback. */
async function reachCallback(browser: Browser, locale = 'en') {
  const login = await browser.request(`${app.origin}/api/eoffice/login?locale=${locale}`)
  expect(login.status).toBe(303)
  const authUrl = new URL(login.headers.get('location')!)
  expect(authUrl.origin).toBe(idp.issuer)
  const { url } = await browser.follow(authUrl.href, isCallback)
  return { authUrl, callbackUrl: url, tx: browser.cookie(app.origin, OIDC_TX_COOKIE)! }
}

async function countLinks() {
  return (await payload.count({ collection: 'citizen-links', overrideAccess: true })).totalDocs
}

describe('OpenID Connect sign-in', () => {
  it('sends PKCE S256, state and nonce, and a redirect URI from the configured URL only', async () => {
    const browser = new Browser()
    const login = await browser.request(`${app.origin}/api/eoffice/login?locale=es`, {
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
    })
    const authUrl = new URL(login.headers.get('location')!)
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authUrl.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(authUrl.searchParams.get('state')).toBeTruthy()
    expect(authUrl.searchParams.get('nonce')).toBeTruthy()
    expect(authUrl.searchParams.get('redirect_uri')).toBe(`${app.origin}/api/eoffice/callback`)
    const setCookie = login.headers.getSetCookie().join('\n')
    expect(setCookie).toMatch(
      /plaza_eoffice_tx=.*; Path=\/api\/eoffice; Max-Age=600; HttpOnly; SameSite=Lax/,
    )
  })

  it('signs the citizen in: a link with only the hashed sub, a session cookie', async () => {
    const browser = new Browser()
    const { callbackUrl } = await reachCallback(browser, 'es')
    const callback = await browser.request(callbackUrl)
    expect(callback.status).toBe(303)
    expect(callback.headers.get('location')).toBe(`${app.origin}/es/my/notifications`)
    const cookies = callback.headers.getSetCookie()
    const session = cookies.find((c) => c.startsWith(`${CITIZEN_COOKIE}=`))!
    expect(session).toMatch(/; Path=\/; Max-Age=3600; HttpOnly; SameSite=Lax/)
    // Plain http on loopback (tests); anywhere else the cookie is Secure (unit-tested).
    expect(session).not.toMatch(/Secure/)
    // The transaction cookie is spent.
    expect(cookies.some((c) => /^plaza_eoffice_tx=;.*Max-Age=0/.test(c))).toBe(true)

    const { docs } = await payload.find({ collection: 'citizen-links', overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect(docs[0].subjectHash).toBe(subjectHash(idp.issuer, SUB))
    expect(docs[0].subjectHash).not.toContain(SUB)
    const value = decodeURIComponent(browser.cookie(app.origin, CITIZEN_COOKIE)!)
    expect(verifyToken(value, deriveKey('citizen-session'))).toMatchObject({ l: docs[0].id })

    // A second sign-in of the same person reuses the link.
    const again = new Browser()
    const second = await reachCallback(again)
    expect((await again.request(second.callbackUrl)).status).toBe(303)
    expect(await countLinks()).toBe(1)
  })

  it('keeps the raw sub nowhere in the database file', async () => {
    if (process.env.PLAZA_TEST_POSTGRES_URL) {
      const { docs } = await payload.find({ collection: 'citizen-links', overrideAccess: true })
      expect(JSON.stringify(docs)).not.toContain(SUB)
      return
    }
    const files = fs.readdirSync(ctx.dir).filter((name) => name.startsWith('plaza.db'))
    const contents = files.map((name) => fs.readFileSync(path.join(ctx.dir, name)))
    // The search works on these bytes: the hash is there (main file or write-ahead log)…
    expect(contents.some((bytes) => bytes.includes(subjectHash(idp.issuer, SUB)))).toBe(true)
    // …and the raw subject is not, in any of them.
    for (const [i, bytes] of contents.entries()) {
      expect(bytes.includes(Buffer.from(SUB)), files[i]).toBe(false)
    }
  })

  it('refuses a state mismatch (callback of one sign-in with the cookie of another)', async () => {
    const before = await countLinks()
    const first = new Browser()
    const { callbackUrl } = await reachCallback(first)
    const second = new Browser()
    await second.request(`${app.origin}/api/eoffice/login?locale=en`)
    const response = await second.request(callbackUrl)
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${app.origin}/en/my/notifications?error=signin`)
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`${CITIZEN_COOKIE}=`))).toBe(
      false,
    )
    expect(await countLinks()).toBe(before)
  })

  it('refuses a nonce mismatch (the ID token carries another nonce)', async () => {
    const before = await countLinks()
    const browser = new Browser()
    const { callbackUrl, tx } = await reachCallback(browser)
    const data = verifyToken<Record<string, unknown>>(
      decodeURIComponent(tx),
      deriveKey('oidc-transaction'),
    )!
    const forged = signToken(
      { ...data, nonce: 'another-nonce-value' },
      deriveKey('oidc-transaction'),
      {
        ttlSeconds: 300,
      },
    )
    browser.jar.get(app.origin)!.set(OIDC_TX_COOKIE, encodeURIComponent(forged))
    const response = await browser.request(callbackUrl)
    expect(response.headers.get('location')).toBe(`${app.origin}/en/my/notifications?error=signin`)
    expect(response.headers.getSetCookie().some((c) => c.startsWith(`${CITIZEN_COOKIE}=`))).toBe(
      false,
    )
    expect(await countLinks()).toBe(before)
  })

  it('refuses a wrong PKCE verifier, a missing or forged transaction cookie', async () => {
    const browser = new Browser()
    const { callbackUrl, tx } = await reachCallback(browser)
    const data = verifyToken<Record<string, unknown>>(
      decodeURIComponent(tx),
      deriveKey('oidc-transaction'),
    )!
    const wrongVerifier = signToken(
      { ...data, verifier: 'x'.repeat(43) },
      deriveKey('oidc-transaction'),
      {
        ttlSeconds: 300,
      },
    )
    browser.jar.get(app.origin)!.set(OIDC_TX_COOKIE, encodeURIComponent(wrongVerifier))
    const pkce = await browser.request(callbackUrl)
    expect(pkce.headers.get('location')).toMatch(/\?error=signin$/)

    const noCookie = await new Browser().request(callbackUrl)
    expect(noCookie.headers.get('location')).toMatch(/\?error=expired$/)

    const forger = new Browser()
    forger.jar.set(app.origin, new Map([[OIDC_TX_COOKIE, `${tx.split('.')[0]}.AAAA`]]))
    expect((await forger.request(callbackUrl)).headers.get('location')).toMatch(/\?error=expired$/)
  })

  it('only accepts a same-site path as the place to return to', async () => {
    const browser = new Browser()
    const login = await browser.request(
      `${app.origin}/api/eoffice/login?locale=en&next=${encodeURIComponent('//evil.example/x')}`,
    )
    expect(login.status).toBe(303)
    const { callbackUrl } = {
      callbackUrl: (await browser.follow(login.headers.get('location')!, isCallback)).url,
    }
    const done = await browser.request(callbackUrl)
    expect(done.headers.get('location')).toBe(`${app.origin}/en/my/notifications`)
  })
})

describe('session, devices and disconnect', () => {
  async function signedIn(sub: string) {
    idp.account.sub = sub
    const browser = new Browser()
    const { callbackUrl } = await reachCallback(browser)
    await browser.request(callbackUrl)
    idp.account.sub = SUB
    const link = (
      await payload.find({
        collection: 'citizen-links',
        where: { subjectHash: { equals: subjectHash(idp.issuer, sub) } },
        overrideAccess: true,
      })
    ).docs[0]
    return { browser, link }
  }

  const json = (body: unknown) => ({
    headers: { 'content-type': 'application/json', origin: app.origin },
    body: JSON.stringify(body),
  })

  it('links and unlinks a device by its push endpoint; refuses strangers and bad input', async () => {
    const { browser, link } = await signedIn('citizen-devices')
    const sub = await payload.create({
      collection: 'push-subscriptions',
      data: {
        endpoint: 'https://push.example/ep/1',
        keys: { p256dh: 'p'.repeat(87), auth: 'a'.repeat(22) },
        locale: 'es',
        alerts: 'none',
      },
      overrideAccess: true,
    })
    const devices = `${app.origin}/api/eoffice/devices`
    expect(
      (
        await browser.request(devices, {
          method: 'POST',
          ...json({ endpoint: 'https://push.example/ep/unknown' }),
        })
      ).status,
    ).toBe(404)
    expect(
      (
        await browser.request(devices, {
          method: 'POST',
          ...json({ endpoint: 'javascript:alert(1)' }),
        })
      ).status,
    ).toBe(400)
    expect((await browser.request(devices, { method: 'POST', ...json([]) })).status).toBe(400)
    // Another site cannot link a device for the citizen.
    const foreign = await browser.request(devices, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ endpoint: sub.endpoint }),
    })
    expect(foreign.status).toBe(403)
    // Nobody signed in.
    expect(
      (
        await new Browser().request(devices, {
          method: 'POST',
          ...json({ endpoint: sub.endpoint }),
        })
      ).status,
    ).toBe(401)

    const linked = await browser.request(devices, {
      method: 'POST',
      ...json({ endpoint: sub.endpoint }),
    })
    expect(linked.status).toBe(200)
    let stored = await payload.findByID({
      collection: 'citizen-links',
      id: link.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.devices).toEqual([sub.id])
    const status = await browser.request(`${devices}?endpoint=${encodeURIComponent(sub.endpoint)}`)
    expect(await status.json()).toEqual({ subscribed: true, linked: true })
    const unknown = await browser.request(
      `${devices}?endpoint=${encodeURIComponent('https://push.example/ep/not-subscribed')}`,
    )
    expect(await unknown.json()).toEqual({ subscribed: false, linked: false })

    expect(
      (await browser.request(devices, { method: 'DELETE', ...json({ endpoint: sub.endpoint }) }))
        .status,
    ).toBe(200)
    stored = await payload.findByID({
      collection: 'citizen-links',
      id: link.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.devices).toEqual([])
  })

  it('disconnect (POST, same origin) deletes the link and its notices and signs out', async () => {
    const { browser, link } = await signedIn('citizen-disconnect')
    const other = await signedIn('citizen-stays')
    for (const [i, owner] of [link, link, other.link].entries()) {
      await payload.create({
        collection: 'eoffice-notices',
        data: {
          messageId: `disc-${i}`,
          link: owner.id,
          subject: 'Your certificate is ready',
          url: 'https://eoffice.test.example/m/1',
          sentAt: new Date().toISOString(),
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
        overrideAccess: true,
      })
    }
    const disconnect = `${app.origin}/api/eoffice/disconnect`
    const form = { 'content-type': 'application/x-www-form-urlencoded' }
    // A cross-site form post and a GET change nothing.
    const foreign = await browser.request(disconnect, {
      method: 'POST',
      headers: { ...form, origin: 'https://evil.example' },
      body: 'locale=en',
    })
    expect(foreign.status).toBe(403)
    const noOrigin = await browser.request(disconnect, {
      method: 'POST',
      headers: form,
      body: 'locale=en',
    })
    expect(noOrigin.status).toBe(403)
    expect((await browser.request(disconnect)).status).toBe(404)
    expect(
      await payload.count({
        collection: 'eoffice-notices',
        where: { link: { equals: link.id } },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 2 })

    const response = await browser.request(disconnect, {
      method: 'POST',
      headers: { ...form, origin: app.origin },
      body: 'locale=es',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(
      `${app.origin}/es/my/notifications?disconnected=1`,
    )
    expect(response.headers.getSetCookie().some((c) => /^plaza_citizen=;.*Max-Age=0/.test(c))).toBe(
      true,
    )
    expect(
      (
        await payload.count({
          collection: 'citizen-links',
          where: { id: { equals: link.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (
        await payload.count({
          collection: 'eoffice-notices',
          where: { link: { equals: link.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
    // Someone else's link and notice are untouched.
    expect(
      (
        await payload.count({
          collection: 'eoffice-notices',
          where: { link: { equals: other.link.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('a session whose link was deleted is signed out', async () => {
    const { browser, link } = await signedIn('citizen-deleted')
    const devices = `${app.origin}/api/eoffice/devices?endpoint=${encodeURIComponent('https://push.example/ep/1')}`
    expect((await browser.request(devices)).status).toBe(200)
    await payload.delete({ collection: 'citizen-links', id: link.id, overrideAccess: true })
    expect((await browser.request(devices)).status).toBe(401)
  })

  it('sign-out refuses the old session cookie at once, replayed from anywhere (docs/SECURITY.md)', async () => {
    const endpoint = encodeURIComponent('https://push.example/ep/signout')
    const devices = `${app.origin}/api/eoffice/devices?endpoint=${endpoint}`
    const phone = await signedIn('citizen-signout')
    const laptop = await signedIn('citizen-signout')
    expect(laptop.link.id).toBe(phone.link.id)
    const copied = phone.browser.cookie(app.origin, CITIZEN_COOKIE)!
    expect((await phone.browser.request(devices)).status).toBe(200)

    const logout = await phone.browser.request(`${app.origin}/api/eoffice/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.origin },
      body: 'locale=en',
    })
    expect(logout.status).toBe(303)
    expect(logout.headers.getSetCookie().some((c) => /^plaza_citizen=;.*Max-Age=0/.test(c))).toBe(
      true,
    )
    // The cookie's signature and hour are still good: the server refuses it all the same.
    const replay = await fetch(devices, { headers: { cookie: `${CITIZEN_COOKIE}=${copied}` } })
    expect(replay.status).toBe(401)
    const link = `${app.origin}/api/eoffice/devices`
    const write = await fetch(link, {
      method: 'POST',
      headers: {
        cookie: `${CITIZEN_COOKIE}=${copied}`,
        'content-type': 'application/json',
        origin: app.origin,
      },
      body: JSON.stringify({ endpoint: 'https://push.example/ep/signout' }),
    })
    expect(write.status).toBe(401)
    // Signing out a second time with it changes nothing and breaks nothing.
    const again = await fetch(`${app.origin}/api/eoffice/logout`, {
      method: 'POST',
      headers: {
        cookie: `${CITIZEN_COOKIE}=${copied}`,
        'content-type': 'application/x-www-form-urlencoded',
        origin: app.origin,
      },
      body: 'locale=en',
      redirect: 'manual',
    })
    expect(again.status).toBe(303)
    // The citizen's other device stays signed in, and the link stays.
    expect((await laptop.browser.request(devices)).status).toBe(200)
    expect(
      (
        await payload.count({
          collection: 'citizen-links',
          where: { id: { equals: phone.link.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('refuses a session cookie signed before sessions were recorded, or naming no live session', async () => {
    const { link } = await signedIn('citizen-forged-session')
    const key = deriveKey('citizen-session')
    const devices = `${app.origin}/api/eoffice/devices?endpoint=${encodeURIComponent('https://push.example/ep/2')}`
    for (const data of [{ l: link.id }, { l: link.id, s: 'not-a-live-session-id-000' }]) {
      const token = signToken(data, key, { ttlSeconds: 600 })
      const answer = await fetch(devices, {
        headers: { cookie: `${CITIZEN_COOKIE}=${encodeURIComponent(token)}` },
      })
      expect(answer.status).toBe(401)
    }
    // Nobody reads the session ids over the API, not even an admin's REST read of the link.
    const admin = await payload.find({
      collection: 'citizen-links',
      where: { id: { equals: link.id } },
      overrideAccess: false,
      user: { id: 1, collection: 'users', role: 'admin' },
    } as never)
    expect(admin.docs[0]).not.toHaveProperty('sessions')
  })
})
