// When PostgreSQL goes away (restart, network cut), node-postgres reports each idle
// connection it loses as an 'error' event on the pool; with no listener Node treats that as
// an uncaught error and the whole site process exits, taking the cached pages down with the
// database. Listening keeps the process (and Next's cache) serving; the pool opens new
// connections by itself when the database returns. docs/SECURITY.md.
import type { Payload } from 'payload'

type PoolLike = { on: (event: 'error', listener: (error: Error) => void) => unknown }

export function keepServingWhenDatabaseDrops(payload: Payload): void {
  const pool = (payload.db as { pool?: PoolLike }).pool
  if (!pool || typeof pool.on !== 'function') return
  pool.on('error', (error) => {
    payload.logger.error({ err: error, msg: 'database connection lost; will reconnect on demand' })
  })
}
