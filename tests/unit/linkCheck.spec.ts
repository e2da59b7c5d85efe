// The link checker against real local HTTP servers: statuses, HEAD→GET fallback, timeouts,
// redirects (followed, looping, or pointing at private addresses), and the per-host pace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkLink } from '@/lib/links/checkLink'
import { HostPacer } from '@/lib/links/hostPacer'
import { linkCheckSettings } from '@/lib/links/linkHealthTask'

import { startLinkTarget, type LinkTarget } from '../helpers/linkTargets'

let target: LinkTarget
const fast = () => ({
  pacer: new HostPacer({ hostIntervalMs: 0, concurrency: 4 }),
  // Generous: a busy CI machine must not turn a quick answer into a timeout.
  timeoutMs: 5000,
  allowLoopback: true,
})

beforeAll(async () => {
  target = await startLinkTarget()
})
afterAll(async () => {
  await target?.close()
})

describe('checkLink', () => {
  it('reports a page that answers 200 as ok, with HEAD only', async () => {
    const before = target.methods.length
    const result = await checkLink(`${target.origin}/ok`, fast())
    expect(result).toMatchObject({ status: 'ok', httpStatus: 200, error: null, finalUrl: null })
    expect(target.methods.slice(before)).toEqual(['HEAD'])
  })

  it('reports 404 and 500 as broken, after trying GET too', async () => {
    const before = target.methods.length
    const missing = await checkLink(`${target.origin}/missing`, fast())
    expect(missing).toMatchObject({ status: 'broken', httpStatus: 404, error: 'HTTP 404' })
    expect(target.methods.slice(before)).toEqual(['HEAD', 'GET'])
    const failing = await checkLink(`${target.origin}/error`, fast())
    expect(failing).toMatchObject({ status: 'broken', httpStatus: 500 })
  })

  it('falls back to GET when a server refuses HEAD', async () => {
    const result = await checkLink(`${target.origin}/head-refused`, fast())
    expect(result).toMatchObject({ status: 'ok', httpStatus: 200 })
  })

  it('gives up on a server that does not answer: timeout', async () => {
    const result = await checkLink(`${target.origin}/slow`, { ...fast(), timeoutMs: 500 })
    expect(result.status).toBe('timeout')
    expect(result.httpStatus).toBeNull()
  })

  it('follows a redirect and reports where it ends', async () => {
    const result = await checkLink(`${target.origin}/moved`, fast())
    expect(result).toMatchObject({
      status: 'redirect',
      httpStatus: 200,
      finalUrl: `${target.origin}/ok`,
    })
  })

  it('stops at a redirect loop', async () => {
    const result = await checkLink(`${target.origin}/loop-a`, fast())
    expect(result).toMatchObject({ status: 'broken', error: 'redirect loop' })
  })

  it('stops after the redirect limit', async () => {
    const result = await checkLink(`${target.origin}/moved`, { ...fast(), maxRedirects: 0 })
    expect(result).toMatchObject({ status: 'broken', error: 'more than 0 redirects' })
  })

  it('never follows a redirect to a private or link-local address', async () => {
    for (const path of ['/to-private', '/to-metadata']) {
      const result = await checkLink(`${target.origin}${path}`, fast())
      expect(result.status).toBe('blocked')
      expect(result.finalUrl).toMatch(/^http:\/\/(10\.0\.0\.5|169\.254\.169\.254)\//)
    }
  })

  it('refuses loopback and private hosts unless the test-only switch allows loopback', async () => {
    const before = target.hits.length
    const pacer = new HostPacer({ hostIntervalMs: 0, concurrency: 1 })
    expect((await checkLink(`${target.origin}/ok`, { pacer })).status).toBe('blocked')
    const port = new URL(target.origin).port
    // A name that resolves to loopback is refused at connection time, not by its text.
    expect((await checkLink(`http://localhost:${port}/ok`, { pacer })).status).toBe('blocked')
    expect((await checkLink('http://[::1]/', { pacer })).status).toBe('blocked')
    expect((await checkLink('http://192.168.1.1/', { pacer, allowLoopback: true })).status).toBe(
      'blocked',
    )
    expect(target.hits.length).toBe(before)
  })

  it('refuses what is not a web address', async () => {
    const pacer = new HostPacer({ hostIntervalMs: 0, concurrency: 1 })
    expect((await checkLink('not a url', { pacer })).status).toBe('broken')
    expect((await checkLink('ftp://example.org/file', { pacer })).status).toBe('broken')
  })
})

describe('HostPacer', () => {
  it('starts each request to one host an interval after the previous one ended', async () => {
    const pacer = new HostPacer({ hostIntervalMs: 100, concurrency: 8 })
    const starts: Record<string, number[]> = { a: [], b: [] }
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? 'a' : 'b')).map((host) =>
        pacer.run(host, async () => void starts[host].push(Date.now())),
      ),
    )
    for (const list of Object.values(starts)) {
      expect(list).toHaveLength(5)
      // Node may fire a timer up to a millisecond early.
      for (let i = 1; i < list.length; i += 1)
        expect(list[i] - list[i - 1]).toBeGreaterThanOrEqual(99)
    }
  })

  it('keeps no more requests in flight than the cap, across hosts', async () => {
    const pacer = new HostPacer({ hostIntervalMs: 0, concurrency: 3 })
    let inFlight = 0
    let most = 0
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        pacer.run(`host-${i}`, async () => {
          inFlight += 1
          most = Math.max(most, inFlight)
          await new Promise((resolve) => setTimeout(resolve, 10))
          inFlight -= 1
        }),
      ),
    )
    expect(most).toBe(3)
  })

  it('makes one request per hop: redirects and GET fallbacks included', async () => {
    const host = await startLinkTarget('127.0.0.2')
    try {
      const pacer = new HostPacer({ hostIntervalMs: 0, concurrency: 2 })
      const urls = [`${host.origin}/ok`, `${host.origin}/moved`, `${host.origin}/missing`]
      const results = await Promise.all(
        urls.map((url) => checkLink(url, { pacer, allowLoopback: true })),
      )
      expect(results.map((r) => r.status)).toEqual(['ok', 'redirect', 'broken'])
      // ok: HEAD; moved: HEAD + HEAD of /ok; missing: HEAD + GET.
      expect(host.hits).toHaveLength(5)
    } finally {
      await host.close()
    }
  })
})

describe('linkCheckSettings', () => {
  it('lets loopback and a faster pace through only in tests, never in production', () => {
    const test = { PLAZA_LINKCHECK_ALLOW_LOCAL: '1', PLAZA_LINKCHECK_HOST_INTERVAL_MS: '0' }
    expect(linkCheckSettings(test)).toMatchObject({ allowLoopback: true, hostIntervalMs: 0 })
    expect(linkCheckSettings({ ...test, NODE_ENV: 'production' })).toMatchObject({
      allowLoopback: false,
      hostIntervalMs: 1000,
    })
    expect(linkCheckSettings({})).toEqual({
      allowLoopback: false,
      hostIntervalMs: 1000,
      concurrency: 8,
      timeoutMs: 10_000,
    })
  })
})
