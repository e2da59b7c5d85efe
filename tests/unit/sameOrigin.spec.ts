// One same-origin rule for every endpoint that changes something (src/lib/http/sameOrigin.ts):
// the Origin header must be there and be the site's. The e-office endpoints used to let a
// request without Origin through on Sec-Fetch-Site alone; the push API did not.
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { handleDevices, handleDisconnect, handleLogout } from '@/lib/eoffice/handlers'
import { readLimitedText } from '@/lib/http/limitedBody'
import { isSameOrigin } from '@/lib/http/sameOrigin'
import { handleSubscribe, handleUnsubscribe } from '@/lib/push/subscriptionsApi'

const SITE = 'https://city.example'
const env = { PLAZA_SERVER_URL: SITE, PAYLOAD_SECRET: 'unit-secret-0123456789abcdef' }
// Every request below is refused before the database is touched.
const payload = {} as Payload

const post = (headers: Record<string, string>, method = 'POST') =>
  new Request(`${SITE}/api/x`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  })

const REFUSED: Array<[string, Record<string, string>]> = [
  ['no Origin, Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }],
  ['no Origin at all', {}],
  ['another origin', { origin: 'https://evil.example' }],
  ['an opaque origin', { origin: 'null' }],
  ['the site on another scheme', { origin: 'http://city.example' }],
  ['the site with a path', { origin: `${SITE}/` }],
]

describe('isSameOrigin', () => {
  it('accepts exactly the site origin', () => {
    expect(isSameOrigin(post({ origin: SITE }), SITE)).toBe(true)
  })
  it.each(REFUSED)('refuses %s', (_name, headers) => {
    expect(isSameOrigin(post(headers), SITE)).toBe(false)
  })
})

describe('every state-changing endpoint applies it', () => {
  const endpoints: Array<[string, (request: Request) => Promise<{ status: number }>]> = [
    ['e-office logout', (r) => handleLogout(r, { payload, env })],
    ['e-office disconnect', (r) => handleDisconnect(r, { payload, env })],
    ['e-office devices POST', (r) => handleDevices(r, { payload, env })],
    ['push subscribe', (r) => handleSubscribe(payload, r, { siteOrigin: SITE })],
    ['push unsubscribe', (r) => handleUnsubscribe(payload, r, { siteOrigin: SITE })],
  ]
  it.each(endpoints)('%s answers 403 without the site Origin', async (_name, handle) => {
    for (const [, headers] of REFUSED) {
      expect((await handle(post(headers))).status).toBe(403)
    }
  })
})

describe('readLimitedText', () => {
  it('reads up to the limit and refuses more, declared or streamed', async () => {
    const body = (text: string, headers: Record<string, string> = {}) =>
      new Request(`${SITE}/x`, { method: 'POST', body: text, headers })
    expect(await readLimitedText(body('12345'), 5)).toBe('12345')
    expect(await readLimitedText(body('123456'), 5)).toBeNull()
    expect(await readLimitedText(body('1', { 'content-length': '999' }), 5)).toBeNull()
    expect(await readLimitedText(new Request(`${SITE}/x`), 5)).toBe('')
  })
})
