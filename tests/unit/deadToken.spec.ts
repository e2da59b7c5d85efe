// A dead token answers 401; a token that cannot be judged because the database is down must
// not: the failure propagates so the outage wrapper answers 503 (never "sign in again").
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { answerDeadTokens, DEAD_TOKEN_MESSAGE } from '@/lib/http/deadToken'

const withAuth = (auth: () => Promise<{ user: unknown }>) =>
  ({
    auth,
    config: { cookiePrefix: 'payload', csrf: ['http://127.0.0.1:3000'] },
  }) as unknown as Payload

const request = () =>
  new Request('http://127.0.0.1:3000/api/services', {
    headers: { authorization: 'JWT header.payload.signature' },
  })

const wrap = (payload: Payload) =>
  answerDeadTokens(
    async () => payload,
    async () => Response.json({ docs: [] }),
    async () => false,
  )

describe('dead tokens', () => {
  it('answer 401 with a sentence when Payload authenticates nobody from the token', async () => {
    const response = await wrap(withAuth(async () => ({ user: null })))(request())
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"')
    expect(await response.json()).toEqual({ errors: [{ message: DEAD_TOKEN_MESSAGE }] })
  })

  it('pass a live token on to the handler', async () => {
    const response = await wrap(withAuth(async () => ({ user: { id: 1 } })))(request())
    expect(response.status).toBe(200)
  })

  it('are not declared dead when the user cannot be read (database down): the error propagates', async () => {
    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432')
    await expect(
      wrap(
        withAuth(async () => {
          throw down
        }),
      )(request()),
    ).rejects.toBe(down)
  })
})
