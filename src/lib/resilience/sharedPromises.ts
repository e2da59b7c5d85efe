// One promise per key for `ttlMs`, so concurrent requests share one read or build. A failed
// promise is dropped at once so the next caller retries; object keys are held weakly.

export interface SharedPromises<K, V> {
  get(key: K, load: () => Promise<V>): Promise<V>
  forget(key: K): void
}

interface Entry<V> {
  at: number
  value: Promise<V>
}

export function sharedPromises<K extends object | string, V>(
  ttlMs: number,
  clock: () => number = Date.now,
): SharedPromises<K, V> {
  const byObject = new WeakMap<object, Entry<V>>()
  const byString = new Map<string, Entry<V>>()
  const read = (key: K) =>
    typeof key === 'string' ? byString.get(key) : byObject.get(key as object)
  const write = (key: K, entry: Entry<V>) => {
    if (typeof key !== 'string') return void byObject.set(key as object, entry)
    // String keys may carry versions: drop expired ones so the map stays small.
    for (const [other, old] of byString) if (entry.at - old.at >= ttlMs) byString.delete(other)
    byString.set(key, entry)
  }
  const forget = (key: K) =>
    typeof key === 'string' ? byString.delete(key) : byObject.delete(key as object)

  return {
    get(key, load) {
      const now = clock()
      const hit = read(key)
      if (hit && now - hit.at < ttlMs) return hit.value
      const value = load()
      write(key, { at: now, value })
      value.catch(() => {
        if (read(key)?.value === value) forget(key)
      })
      return value
    },
    forget(key) {
      forget(key)
    },
  }
}
