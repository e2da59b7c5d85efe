// docs/SECURITY.md, the framework-free parts: what per-request pages and feeds fall back
// to when the database is down, and what the APIs answer then.
import type { Payload } from 'payload'
import { describe, expect, it, vi } from 'vitest'

import {
  DATABASE_UNAVAILABLE,
  graphqlFailed,
  unavailableWhenDatabaseDown,
} from '@/lib/resilience/databaseOutage'
import { lastGood } from '@/lib/resilience/lastGood'
import { servedWhenDown } from '@/lib/resilience/lastGoodResponse'

const down = () => Promise.reject(new Error('connect ENOENT /tmp/pg/.s.PGSQL.5433'))

describe('lastGood', () => {
  it('never invents a value: a read that never succeeded still throws', async () => {
    const store = lastGood<string[]>()
    await expect(store.read('en', down)).rejects.toThrow('ENOENT')
  })

  it('serves the last value read for the same key while reads fail, then fresh ones', async () => {
    const onFallback = vi.fn()
    const store = lastGood<string[]>({ onFallback })
    expect(await store.read('en', async () => ['a'])).toEqual(['a'])
    expect(await store.read('en', async () => ['a', 'b'])).toEqual(['a', 'b'])
    expect(await store.read('en', down)).toEqual(['a', 'b'])
    expect(onFallback).toHaveBeenCalledWith('en', expect.any(Error))
    await expect(store.read('es', down)).rejects.toThrow('ENOENT')
    expect(await store.read('en', async () => ['c'])).toEqual(['c'])
  })

  it('keeps at most maxEntries keys, dropping the least recently refreshed', async () => {
    const store = lastGood<number>({ maxEntries: 2 })
    await store.read('a', async () => 1)
    await store.read('b', async () => 2)
    await store.read('a', async () => 3)
    await store.read('c', async () => 4)
    expect([store.recall('a'), store.recall('b'), store.recall('c')]).toEqual([3, undefined, 4])
  })
})

describe('servedWhenDown', () => {
  const request = (path: string) => new Request(`http://127.0.0.1${path}`)

  it('answers the last 200 for the same URL when building fails, a 503 with none', async () => {
    let fail = false
    let built = 0
    const handler = servedWhenDown(async () => {
      if (fail) throw new Error('database down')
      built += 1
      return new Response(`BEGIN:VCALENDAR ${built}`, {
        headers: { 'content-type': 'text/calendar; charset=utf-8' },
      })
    })
    expect(await (await handler(request('/en/agenda.ics'), {})).text()).toBe('BEGIN:VCALENDAR 1')
    fail = true
    const kept = await handler(request('/en/agenda.ics'), {})
    expect(kept.status).toBe(200)
    expect(kept.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await kept.text()).toBe('BEGIN:VCALENDAR 1')
    // Twice: the kept body is not consumed by the first fallback.
    expect(await (await handler(request('/en/agenda.ics'), {})).text()).toBe('BEGIN:VCALENDAR 1')
    const none = await handler(request('/es/agenda.ics'), {})
    expect(none.status).toBe(503)
    expect(none.headers.get('retry-after')).toBe('30')
    expect(await none.text()).not.toMatch(/database down|Error|at /)
    fail = false
    expect(await (await handler(request('/en/agenda.ics'), {})).text()).toBe('BEGIN:VCALENDAR 2')
  })

  it('passes other answers through and never keeps them (an unpublished event is gone)', async () => {
    let status = 200
    let fail = false
    const handler = servedWhenDown(async () => {
      if (fail) throw new Error('database down')
      return new Response(status === 200 ? 'event' : 'Not found', { status })
    })
    expect((await handler(request('/en/agenda/a.ics'), {})).status).toBe(200)
    status = 404
    const gone = await handler(request('/en/agenda/a.ics'), {})
    expect([gone.status, await gone.text()]).toEqual([404, 'Not found'])
    // The 404 did not replace the kept copy, but it is what a live database says: served.
    fail = true
    expect((await handler(request('/en/agenda/a.ics'), {})).status).toBe(200)
    expect((await handler(request('/en/agenda/a.ics?x=1'), {})).status).toBe(503)
  })
})

describe('unavailableWhenDatabaseDown', () => {
  const payloadWith = (count: () => Promise<unknown>) =>
    (async () => ({ count }) as unknown as Payload) as () => Promise<Payload>

  it('turns a failure into a clear 503 when the database does not answer', async () => {
    const handler = unavailableWhenDatabaseDown(async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:5433')
    }, payloadWith(down))
    const response = await handler()
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    const body = await response.json()
    expect(body.errors[0].message).toBe(DATABASE_UNAVAILABLE)
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|5433/)
  })

  it('leaves other answers and other errors alone while the database answers', async () => {
    const ok = payloadWith(async () => ({ totalDocs: 1 }))
    const bug = unavailableWhenDatabaseDown(async () => {
      throw new TypeError('a bug')
    }, ok)
    await expect(bug()).rejects.toThrow('a bug')
    const fiveHundred = unavailableWhenDatabaseDown(
      async () => new Response('x', { status: 500 }),
      ok,
    )
    expect((await fiveHundred()).status).toBe(500)
    const notFound = unavailableWhenDatabaseDown(
      async () => new Response('x', { status: 404 }),
      payloadWith(down),
    )
    expect((await notFound()).status).toBe(404)
  })

  it("also catches Payload's 400 for a failed query and GraphQL's 200 with errors", async () => {
    const rest = unavailableWhenDatabaseDown(
      async () => Response.json({ errors: [{ message: 'Failed query' }] }, { status: 400 }),
      payloadWith(down),
    )
    expect((await rest()).status).toBe(503)
    const graphql = unavailableWhenDatabaseDown(
      async () => Response.json({ errors: [{ message: 'Failed query' }], data: null }),
      payloadWith(down),
      { failed: graphqlFailed },
    )
    expect((await graphql()).status).toBe(503)
    const fine = unavailableWhenDatabaseDown(
      async () => Response.json({ data: { Services: { docs: [] } } }),
      payloadWith(down),
      { failed: graphqlFailed },
    )
    expect((await fine()).status).toBe(200)
    // A 400 is the client's mistake while the database answers.
    const badQuery = unavailableWhenDatabaseDown(
      async () => Response.json({ errors: [{ message: 'bad where' }] }, { status: 400 }),
      payloadWith(async () => ({ totalDocs: 1 })),
    )
    expect((await badQuery()).status).toBe(400)
  })
})
