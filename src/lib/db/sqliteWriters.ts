// Parallel saves on SQLite wait their turn instead of failing with "database is locked":
// writers of one process queue on a lock, other processes on the busy timeout (docs/decisions/0004).
import { E_TIMEOUT, Mutex, type MutexInterface, withTimeout } from 'async-mutex'
import type { Payload } from 'payload'

export const SQLITE_BUSY_TIMEOUT_MS = 5000
/** A write waiting longer than this for another of the same process gives up, clearly. */
export const SQLITE_WRITE_QUEUE_TIMEOUT_MS = 30_000

interface LibsqlTransactionLike {
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}

interface LibsqlClientLike {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<LibsqlTransactionLike>
}

const patched = new WeakSet<object>()

/** Waits for this process's write turn; the function returned gives it back (once). */
async function takeWriteTurn(writers: MutexInterface, queueTimeoutMs: number) {
  let release: () => void
  try {
    release = await writers.acquire()
  } catch (error) {
    if (error !== E_TIMEOUT) throw error
    throw new Error(
      `the database is busy: another save has been writing for over ${queueTimeoutMs / 1000} s`,
    )
  }
  let released = false
  return () => {
    if (!released) {
      released = true
      release()
    }
  }
}

/** The turn is given back when the transaction commits, rolls back or is closed. */
function releaseWhenDone(transaction: LibsqlTransactionLike, releaseTurn: () => void) {
  const { commit, rollback, close } = transaction
  transaction.commit = async () => {
    try {
      await commit.call(transaction)
    } finally {
      releaseTurn()
    }
  }
  transaction.rollback = async () => {
    try {
      await rollback.call(transaction)
    } finally {
      releaseTurn()
    }
  }
  transaction.close = () => {
    try {
      close.call(transaction)
    } finally {
      releaseTurn()
    }
  }
  return transaction
}

export function queueSqliteWriters(
  payload: Payload,
  { busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS, queueTimeoutMs = SQLITE_WRITE_QUEUE_TIMEOUT_MS } = {},
): void {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client?: LibsqlClientLike }).client
  if (!client || typeof client.transaction !== 'function' || patched.has(client)) return
  patched.add(client)
  const begin = client.transaction.bind(client)
  const writers = withTimeout(new Mutex(), queueTimeoutMs)

  client.transaction = async (mode?: string) => {
    if (mode === 'read') return begin(mode)
    const releaseTurn = await takeWriteTurn(writers, queueTimeoutMs)
    let transaction: LibsqlTransactionLike
    try {
      // Both calls run synchronously up to their statement, so nothing can take the
      // connection between the pragma and the BEGIN.
      void client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`).catch(() => undefined)
      transaction = await begin(mode)
    } catch (error) {
      releaseTurn()
      throw error
    }
    return releaseWhenDone(transaction, releaseTurn)
  }
}
