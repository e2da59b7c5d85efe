// node-postgres reports a lost idle connection as a pool 'error' event; unheard, it would kill
// the process and its cached pages with the database. The pool reconnects by itself.
import type { Payload } from 'payload'

type PoolLike = { on: (event: 'error', listener: (error: Error) => void) => unknown }

export function keepServingWhenDatabaseDrops(payload: Payload): void {
  const pool = (payload.db as { pool?: PoolLike }).pool
  if (!pool || typeof pool.on !== 'function') return
  pool.on('error', (error) => {
    payload.logger.error({ err: error, msg: 'database connection lost; will reconnect on demand' })
  })
}
