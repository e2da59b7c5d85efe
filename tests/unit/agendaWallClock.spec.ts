import { TZDate } from '@date-fns/tz'
import { describe, expect, it } from 'vitest'

import { fromFloatingMs, toFloatingMs } from '@/lib/time/wallClock'

// The reference: what a TZDate says, with no memo in between.
function referenceToFloating(instant: number, zone: string): number {
  const local = new TZDate(instant, zone)
  return Date.UTC(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
  )
}

function referenceFromFloating(floating: number, zone: string): number {
  const f = new Date(floating)
  return new TZDate(
    f.getUTCFullYear(),
    f.getUTCMonth(),
    f.getUTCDate(),
    f.getUTCHours(),
    f.getUTCMinutes(),
    f.getUTCSeconds(),
    zone,
  ).getTime()
}

// Zones with one-hour changes in both hemispheres, a half-hour change (Lord Howe), a zone
// without daylight saving and a non-whole-hour offset.
const ZONES = [
  'Europe/Madrid',
  'America/New_York',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'America/Santiago',
]
const STEP = 37 * 60 * 1000 // 37 minutes: lands at many times of day on and around every change
const FROM = Date.UTC(2026, 0, 1)
const TO = Date.UTC(2027, 0, 1)

describe('memoised wall-clock conversion', () => {
  it.each(ZONES)('turns instants into local wall-clock times exactly as TZDate (%s)', (zone) => {
    const mismatches: string[] = []
    for (let t = FROM; t < TO; t += STEP) {
      if (toFloatingMs(t, zone) !== referenceToFloating(t, zone)) {
        mismatches.push(new Date(t).toISOString())
      }
    }
    expect(mismatches).toEqual([])
  })

  it.each(ZONES)('turns wall-clock times into instants exactly as TZDate (%s)', (zone) => {
    const mismatches: string[] = []
    for (let f = FROM; f < TO; f += STEP) {
      if (fromFloatingMs(f, zone) !== referenceFromFloating(f, zone)) {
        mismatches.push(new Date(f).toISOString())
      }
    }
    expect(mismatches).toEqual([])
  })

  it('resolves a time skipped by the spring change to an hour later, and a repeated one to the second (as TZDate does)', () => {
    // 29 March 2026 in Madrid: 02:00–03:00 does not exist; 25 October: 02:00–03:00 twice.
    expect(
      new Date(fromFloatingMs(Date.UTC(2026, 2, 29, 2, 30), 'Europe/Madrid')).toISOString(),
    ).toBe('2026-03-29T01:30:00.000Z')
    expect(
      new Date(fromFloatingMs(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Madrid')).toISOString(),
    ).toBe('2026-10-25T01:30:00.000Z')
    // Ordinary days either side are a plain offset.
    expect(new Date(fromFloatingMs(Date.UTC(2026, 2, 28, 10), 'Europe/Madrid')).toISOString()).toBe(
      '2026-03-28T09:00:00.000Z',
    )
    expect(new Date(fromFloatingMs(Date.UTC(2026, 2, 30, 10), 'Europe/Madrid')).toISOString()).toBe(
      '2026-03-30T08:00:00.000Z',
    )
  })
})
