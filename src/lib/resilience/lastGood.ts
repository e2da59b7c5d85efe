// With the database down, per-request pages fall back to the last value read (docs/SECURITY.md).
// Never invented: a read that never succeeded still throws, so a failure never shows as empty.

export interface LastGood<V> {
  /** `load()`; when it fails, the last value it gave for `key`, or the error if none. */
  read(key: string, load: () => Promise<V>): Promise<V>
  /** Keeps a value read elsewhere (for callers that decide themselves what counts as good). */
  remember(key: string, value: V): void
  /** The kept value, if any. */
  recall(key: string): V | undefined
}

export interface LastGoodOptions {
  /** Keys kept, least recently refreshed dropped first (bounds memory). */
  maxEntries?: number
  /** Told each time a kept value stands in for a failed read. */
  onFallback?: (key: string, error: unknown) => void
}

export function lastGood<V>({ maxEntries = 200, onFallback }: LastGoodOptions = {}): LastGood<V> {
  const kept = new Map<string, V>()
  const remember = (key: string, value: V) => {
    kept.delete(key)
    kept.set(key, value)
    if (kept.size > maxEntries) kept.delete(kept.keys().next().value as string)
  }
  return {
    async read(key, load) {
      let value: V
      try {
        value = await load()
      } catch (error) {
        if (!kept.has(key)) throw error
        onFallback?.(key, error)
        return kept.get(key) as V
      }
      remember(key, value)
      return value
    },
    remember,
    recall: (key) => kept.get(key),
  }
}

/** Logs once per key and outage, not on every request while the database is away. */
export function fallbackLogger(what: string): (key: string, error: unknown) => void {
  const warned = new Map<string, number>()
  return (key, error) => {
    const now = Date.now()
    if (now - (warned.get(key) ?? 0) < 60_000) return
    warned.set(key, now)
    // The driver's own reason (drizzle wraps it with the whole query): one short line.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
    const reason = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0]
    console.warn(
      `${what} (${key}): read failed, serving the last good copy: ${reason?.slice(0, 200)}`,
    )
  }
}
