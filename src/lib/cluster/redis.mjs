// Redis for what instances share; plain JS because the cache handler loads it outside the bundle.
// Commands fail fast (no offline queue, COMMAND_TIMEOUT_MS) so callers fall back to a local copy.
import Redis from 'ioredis'

export const COMMAND_TIMEOUT_MS = 250

/** @param {Record<string, string | undefined>} env */
export function redisUrl(env = process.env) {
  const url = env.REDIS_URL?.trim()
  return url ? url : null
}

const CLIENTS = Symbol.for('plaza.redisClients')
/** @type {Map<string, import('ioredis').Redis>} */
const clients = /** @type {any} */ (globalThis[CLIENTS] ??= new Map())

/**
 * The process's connection for `purpose` ('cache', 'limits'), or null without REDIS_URL.
 * @param {string} purpose
 * @param {Record<string, string | undefined>} [env]
 * @returns {import('ioredis').Redis | null}
 */
export function redisClient(purpose, env = process.env) {
  const url = redisUrl(env)
  if (!url) return null
  const key = `${purpose} ${url}`
  let client = clients.get(key)
  if (!client) {
    let warned = false
    client = new Redis(url, {
      connectionName: `plaza-${purpose}`,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: 2000,
      // Retry forever, at most every two seconds: Redis coming back is picked up alone.
      retryStrategy: (times) => Math.min(times * 200, 2000),
    })
    client.on('error', (error) => {
      // One line per outage, not one per retry.
      if (!warned)
        console.warn(`plaza: Redis (${purpose}) unavailable, using local state: ${error.message}`)
      warned = true
    })
    client.on('ready', () => {
      if (warned) console.warn(`plaza: Redis (${purpose}) is back`)
      warned = false
    })
    clients.set(key, client)
  }
  return client
}

/** Closes every connection (tests, scripts that must exit). */
export async function closeRedisClients() {
  const all = [...clients.values()]
  clients.clear()
  await Promise.all(all.map((client) => client.quit().catch(() => client.disconnect())))
}
