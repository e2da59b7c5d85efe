import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { buildTimetable } from '@/lib/transit'
import { GTFS_MAX_FILE_BYTES, readGtfsZip } from '@/lib/transit/build'

import { declareSize } from '../helpers/gtfsFixtures'

// Hostile GTFS archives (docs/SECURITY.md): zip bombs and forged paths are
// refused from the sizes and names the archive declares, before anything is inflated.

const smallFeed = () =>
  zipSync({ 'agency.txt': new TextEncoder().encode('agency_name,agency_url,agency_timezone\n') })

describe('GTFS zip limits', () => {
  it('reads an ordinary archive', () => {
    expect([...readGtfsZip(smallFeed()).keys()]).toEqual(['agency.txt'])
  })

  it('refuses a file that declares more than the per-file limit (a zip bomb)', () => {
    const bomb = declareSize(smallFeed(), GTFS_MAX_FILE_BYTES + 1)
    expect(() => readGtfsZip(bomb)).toThrow(/would expand to \d+ MB \(limit 512 MB\)/)
  })

  it('refuses files that together declare more than the total limit', () => {
    const text = new TextEncoder().encode('x\n')
    const many = zipSync({ 'a.txt': text, 'b.txt': text })
    expect(() => readGtfsZip(declareSize(many, 400 * 1024 * 1024))).toThrow(
      /would expand to more than 768 MB/,
    )
  })

  it('never inflates more than an entry declares, even when the declaration lies', () => {
    const real = zipSync({ 'stops.txt': new Uint8Array(1_000_000).fill(65) }, { level: 9 })
    const lying = declareSize(real, 10)
    expect(readGtfsZip(lying).get('stops.txt')!.length).toBeLessThanOrEqual(10)
  })

  it.each(['../../etc/cron.d/x.txt', '/abs/stops.txt', 'C:/feed/stops.txt', 'feed\\..\\stops.txt'])(
    'refuses an entry named %s',
    (name) => {
      const forged = zipSync({ [name]: new TextEncoder().encode('stop_id\n') })
      expect(() => readGtfsZip(forged)).toThrow(/path outside the archive/)
    },
  )

  it('reports a bomb as a refused feed, with no timetable', () => {
    const result = buildTimetable(declareSize(smallFeed(), 2 ** 32 - 1))
    expect(result.timetable).toBeNull()
    expect(result.report.errors[0]).toMatchObject({ file: '(zip)' })
    expect(result.report.errors[0]!.message).toMatch(/would expand/)
  })
})
