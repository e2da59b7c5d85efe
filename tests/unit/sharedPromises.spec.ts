import { describe, expect, it } from 'vitest'

import { sharedPromises } from '@/lib/resilience/sharedPromises'

function setup(ttlMs = 1000) {
  let now = 0
  let loads = 0
  const cache = sharedPromises<object | string, number>(ttlMs, () => now)
  const load = () => Promise.resolve(++loads)
  return { cache, load, tick: (ms: number) => (now += ms), loads: () => loads }
}

describe('sharedPromises', () => {
  it('shares one load between callers within the TTL, then loads again', async () => {
    const { cache, load, tick, loads } = setup()
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)])
    expect([a, b, loads()]).toEqual([1, 1, 1])
    tick(999)
    expect(await cache.get('k', load)).toBe(1)
    tick(1)
    expect(await cache.get('k', load)).toBe(2)
  })

  it('keeps keys apart, objects included', async () => {
    const { cache, load } = setup()
    const payloadA = {}
    const payloadB = {}
    expect(await cache.get(payloadA, load)).toBe(1)
    expect(await cache.get(payloadB, load)).toBe(2)
    expect(await cache.get('payloadA', load)).toBe(3)
    expect(await cache.get(payloadA, load)).toBe(1)
  })

  it('forgets on request, so the next caller loads at once', async () => {
    const { cache, load } = setup()
    const key = {}
    await cache.get(key, load)
    cache.forget(key)
    expect(await cache.get(key, load)).toBe(2)
    await cache.get('s', load)
    cache.forget('s')
    expect(await cache.get('s', load)).toBe(4)
  })

  it('drops a failed load, so the next caller tries again', async () => {
    const { cache, load } = setup()
    await expect(cache.get('k', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    )
    expect(await cache.get('k', load)).toBe(1)
  })

  it('treats an entry past its TTL as absent, also after other keys arrived', async () => {
    const { cache, load, tick } = setup()
    await cache.get('feed|v1', load)
    tick(1000)
    await cache.get('feed|v2', load)
    expect(await cache.get('feed|v1', load)).toBe(3)
  })
})
