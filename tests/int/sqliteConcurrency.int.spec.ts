// Parallel writes on the default SQLite database wait for each other instead of failing
// with SQLITE_BUSY. Payload sets `busy_timeout` on its first connection only, and the
// libSQL client opens a fresh connection after every transaction, so without Plaza's
// correction (src/lib/db/sqliteWriters.ts) the second wave of parallel saves (jobs,
// editors, imports at once) failed at once with "database is locked".
import { spawn } from 'node:child_process'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => {
  await t?.cleanup()
})

describe('parallel writes', () => {
  it('all succeed, wave after wave, and every row is there', async () => {
    const { payload } = t
    for (let wave = 0; wave < 3; wave++) {
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          payload.create({
            collection: 'topics',
            data: { title: `Wave ${wave} topic ${i}`, slug: `wave-${wave}-topic-${i}` },
          }),
        ),
      )
      const failed = results.flatMap((result) =>
        result.status === 'rejected' ? [String(result.reason)] : [],
      )
      expect(failed).toEqual([])
    }
    const { totalDocs } = await payload.count({
      collection: 'topics',
      where: { slug: { like: 'wave-' } },
    })
    expect(totalDocs).toBe(60)
  })
})

/**
 * A child process that takes the database's write lock on `topics`, prints "locked", and
 * commits 1.5 s later: SQLite's file lock, or a PostgreSQL table lock on the same table.
 */
function holdWriteLockElsewhere(): ReturnType<typeof spawn> {
  const sqlite = t.payload.db.name === 'sqlite'
  const script = sqlite
    ? `const Database = require('libsql')
       const db = new Database(process.argv[1])
       db.exec('BEGIN IMMEDIATE')
       db.exec("UPDATE topics SET \\"order\\" = 1 WHERE slug = 'before'")
       process.stdout.write('locked\\n')
       setTimeout(() => { db.exec('COMMIT'); process.exit(0) }, 1500)`
    : `const { Client } = require('pg')
       const db = new Client({ connectionString: process.argv[1] })
       db.connect()
         .then(() => db.query('BEGIN'))
         .then(() => db.query('LOCK TABLE topics IN EXCLUSIVE MODE'))
         .then(() => {
           process.stdout.write('locked\\n')
           setTimeout(() => db.query('COMMIT').then(() => db.end()).then(() => process.exit(0)), 1500)
         })`
  const target = sqlite ? path.join(t.dir, 'plaza.db') : process.env.DATABASE_URI!
  return spawn(process.execPath, ['-e', script, target], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
}

describe('a write from another process', () => {
  it('is waited for (busy timeout on every connection), not answered "database is locked"', async () => {
    const { payload } = t
    // Warm up: the first transaction hands Payload's first connection away.
    await payload.create({ collection: 'topics', data: { title: 'Before', slug: 'before' } })
    // Another process (a CLI import, a restore) holds the write lock for 1.5 s.
    const holder = holdWriteLockElsewhere()
    const exited = new Promise<number | null>((resolve) => holder.on('exit', resolve))
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()))
    const started = Date.now()
    const created = await payload.create({
      collection: 'topics',
      data: { title: 'After', slug: 'after' },
    })
    expect(created.slug).toBe('after')
    // It really waited for the other process rather than slipping in.
    expect(Date.now() - started).toBeGreaterThan(500)
    expect(await exited).toBe(0)
  })
})
