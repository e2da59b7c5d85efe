// The write queue of one process, on a stand-in libSQL client: writers take turns, a turn is
// given back however the transaction ends, reads never wait, and a long wait says why it failed.
import { describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { queueSqliteWriters } from '@/lib/db/sqliteWriters'

function fakeSqlite() {
  const log: string[] = []
  let opened = 0
  const client = {
    execute: async (sql: string) => void log.push(sql),
    transaction: async (mode?: string) => {
      const n = ++opened
      log.push(`begin ${n} ${mode ?? 'deferred'}`)
      return {
        commit: async () => void log.push(`commit ${n}`),
        rollback: async () => void log.push(`rollback ${n}`),
        close: () => void log.push(`close ${n}`),
      }
    },
  }
  const payload = { db: { name: 'sqlite', client } } as unknown as Payload
  return { client, payload, log }
}

describe('queueSqliteWriters', () => {
  it('lets one writer in at a time, each after the busy timeout is set', async () => {
    const { client, payload, log } = fakeSqlite()
    queueSqliteWriters(payload, { busyTimeoutMs: 1234, queueTimeoutMs: 5000 })
    const first = await client.transaction('write')
    const second = client.transaction('write')
    const read = await client.transaction('read')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(log).toEqual(['PRAGMA busy_timeout = 1234', 'begin 1 write', 'begin 2 read'])
    await first.commit()
    await (await second).rollback()
    const third = await client.transaction('write')
    third.close()
    await read.commit()
    expect(log.filter((line) => !line.startsWith('PRAGMA'))).toEqual([
      'begin 1 write',
      'begin 2 read',
      'commit 1',
      'begin 3 write',
      'rollback 3',
      'begin 4 write',
      'close 4',
      'commit 2',
    ])
  })

  it('gives up with a clear message when the turn does not come in time', async () => {
    const { client, payload } = fakeSqlite()
    queueSqliteWriters(payload, { queueTimeoutMs: 50 })
    const holder = await client.transaction('write')
    await expect(client.transaction('write')).rejects.toThrow(
      /the database is busy: another save has been writing for over 0.05 s/,
    )
    await holder.commit()
    await expect(client.transaction('write')).resolves.toBeTruthy()
  })
})
