// docs/SECURITY.md: every Local API write in src/ and collections/ either acts for
// a signed-in person through asUser() (access rules and document locks enforced) or is
// system work listed here with its reason. A new write fails this test until it is one or
// the other.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '..', '..')

/** Files whose Local API writes are system work, not a person's. */
const SYSTEM_WRITERS: Record<string, string> = {
  'src/lib/audit/auditLog.ts': 'the audit log records what happened; nobody writes it by hand',
  'src/lib/eoffice/links.ts':
    'citizen links: the citizen is not a Payload user; the route checks the citizen session first',
  'src/lib/eoffice/session.ts':
    'citizen sessions: the live session ids of a citizen link, kept by sign-in and sign-out',
  'src/lib/eoffice/notices.ts':
    'notices delivered by the signed e-office webhook and pruned by a job',
  'src/lib/push/deliver.ts': 'push deliveries, written by the jobs queue',
  'src/lib/push/subscriptionsApi.ts':
    'anonymous "Notify me" devices; the endpoint secret is checked by the route first',
  'src/lib/transit/storage.ts': 'GTFS import (jobs queue and command line)',
  'src/lib/transit/chunks.ts': 'GTFS import: the stored parts of each imported feed',
  'src/lib/links/linkHealthTask.ts':
    'link health results, written by the nightly link check job (no API writes them)',
  'src/lib/transit/realtime/store.ts':
    'live departures status and state, written by the GTFS-Realtime poller on the jobs instance',
  'src/lib/transit/overlaySync.ts':
    'GTFS import: the editorial record of each line and stop (created, names refreshed)',
}

const WRITE = /\bpayload\.(create|update|delete|updateGlobal|duplicate)\(\s*([^)]{0,20})/g

function sources(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('payload-types.ts'))
    .map((file) => path.join(dir, file))
}

const files = [...sources('src'), ...sources('collections')].filter(
  (file) => !file.startsWith(path.join('src', 'lib', 'seed')),
)

describe('Local API writes', () => {
  const writes = files.flatMap((file) =>
    [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(WRITE)].map((match) => ({
      file,
      call: match[0],
    })),
  )

  it('finds the writes it is meant to check', () => {
    expect(writes.length).toBeGreaterThan(10)
  })

  it('are made as a person through asUser(), or are listed system work', () => {
    const unchecked = writes.filter(
      ({ file, call }) => !SYSTEM_WRITERS[file] && !/\(\s*asUser\(/.test(call),
    )
    expect(unchecked, 'pass asUser(user, …) or list the file as system work').toEqual([])
  })

  it('lists no system writer that no longer writes', () => {
    const writers = new Set(writes.map((w) => w.file))
    expect(Object.keys(SYSTEM_WRITERS).filter((file) => !writers.has(file))).toEqual([])
  })

  it('sees the person-facing write of the preferences route going through asUser()', () => {
    expect(writes.filter((w) => w.file.endsWith('deletePreference.ts')).map((w) => w.call)).toEqual(
      [expect.stringMatching(/asUser\(/)],
    )
  })
})
