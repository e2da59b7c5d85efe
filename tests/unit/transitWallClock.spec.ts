// The transit clock (what a rider's clock shows at an instant) takes a shortcut past Intl
// within an hour whose offset does not change: it must agree with Intl everywhere,
// including the hours a zone changes its offset (DST both ways, half-hour and 45-minute
// zones, southern-hemisphere summers).
import { describe, expect, it } from 'vitest'

import { wallClockParts } from '@/lib/time/zone'
import { wallClock } from '@/lib/transit/time'

const ZONES = [
  'Europe/Madrid',
  'America/Sao_Paulo', // its last summer time, Nov 2018 to Feb 2019
  'America/St_Johns', // -03:30 / -02:30
  'Australia/Lord_Howe', // a 30-minute change
  'Pacific/Chatham', // +12:45 / +13:45
  'Asia/Kolkata',
  'UTC',
]

const byIntl = (at: number, zone: string) => {
  const p = wallClockParts(at, zone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return {
    date: `${p.year}${pad(p.month)}${pad(p.day)}`,
    seconds: p.hour * 3600 + p.minute * 60 + p.second,
  }
}

const HOUR = 3_600_000

describe('wallClock', () => {
  it.each(ZONES)('agrees with Intl from mid-2018 to mid-2019 in %s', (zone) => {
    const start = Date.UTC(2018, 6, 1)
    const end = Date.UTC(2019, 6, 1)
    const wrong: string[] = []
    const check = (at: number) => {
      const fast = wallClock(at, zone)
      const slow = byIntl(at, zone)
      if (fast.date !== slow.date || fast.seconds !== slow.seconds)
        wrong.push(`${new Date(at).toISOString()} ${JSON.stringify(fast)} ${JSON.stringify(slow)}`)
    }
    // Every 97 minutes and a few odd milliseconds.
    for (let at = start; at < end; at += 97 * 60_000 + 7_777) check(at)
    // Around each change of offset (found day by day, then by quarter hour), second by second.
    const offset = (at: number) => {
      const p = wallClockParts(at, zone)
      return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at
    }
    let changes = 0
    for (let day = start; day < end; day += 24 * HOUR) {
      if (offset(day) === offset(day + 24 * HOUR)) continue
      for (let q = day; q <= day + 24 * HOUR; q += HOUR / 4) {
        if (offset(q - 1000) === offset(q)) continue
        changes++
        for (let at = q - 120_000; at < q + 120_000; at += 997) check(at)
      }
    }
    const fixed = zone === 'Asia/Kolkata' || zone === 'UTC'
    expect(changes > 0).toBe(!fixed)
    expect(wrong.slice(0, 5)).toEqual([])
  })

  it('reads a Date as its instant', () => {
    const at = Date.UTC(2026, 2, 29, 0, 59, 59, 999)
    expect(wallClock(new Date(at), 'Europe/Madrid')).toEqual(wallClock(at, 'Europe/Madrid'))
    expect(wallClock(at, 'Europe/Madrid')).toEqual({
      date: '20260329',
      seconds: 1 * 3600 + 59 * 60 + 59,
    })
    expect(wallClock(at + 1, 'Europe/Madrid')).toEqual({ date: '20260329', seconds: 3 * 3600 })
  })
})
