// City time, written once in src/lib/time/zone.ts: the zone check every form and import uses,
// and the wall-clock parts the agenda, opening hours, transit and the seed read.
import { describe, expect, it } from 'vitest'

import { wallClock } from '@/lib/transit/time'
import { toWallClock } from '@/lib/hours/openingStatus'
import { isTimeZone, wallClockParts } from '@/lib/time/zone'

describe('isTimeZone', () => {
  it('accepts IANA names and refuses anything else', () => {
    expect(isTimeZone('Europe/Madrid')).toBe(true)
    expect(isTimeZone('UTC')).toBe(true)
    for (const bad of ['', '   ', 'Europe/Nowhere', 'GMT+25', null, undefined, 42, {}]) {
      expect(isTimeZone(bad), String(bad)).toBe(false)
    }
  })
})

describe('wallClockParts', () => {
  it('shows the clock of the zone, across a daylight-saving change', () => {
    // 2026-03-29 01:30 UTC is 03:30 in Madrid (clocks went from 02:00 to 03:00 at 01:00 UTC).
    expect(wallClockParts(new Date('2026-03-29T01:30:05Z'), 'Europe/Madrid')).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 3,
      minute: 30,
      second: 5,
    })
    // Midnight reads as hour 0, never 24.
    expect(wallClockParts(new Date('2026-01-01T23:00:00Z'), 'Europe/Madrid').hour).toBe(0)
  })

  it('is what transit and opening hours read', () => {
    const at = new Date('2026-10-25T00:59:59Z') // 02:59:59 CEST, a minute before the fall-back
    expect(wallClock(at, 'Europe/Madrid')).toEqual({
      date: '20261025',
      seconds: 2 * 3600 + 59 * 60 + 59,
    })
    const local = toWallClock(at, 'Europe/Madrid')
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours()]).toEqual([
      2026, 9, 25, 2,
    ])
  })
})
