import { describe, expect, it } from 'vitest'

import { expandOccurrences, exceptionStarts } from '@/lib/agenda/occurrences'
import { compileRecurrence, toRRuleString } from '@/lib/agenda/recurrence'
import { recurrenceProblems } from '@/lib/agenda/recurrenceProblems'
import type { EventTiming } from '@/lib/agenda/types'

const MADRID = 'Europe/Madrid'
const iso = (dates: { start: Date }[]) => dates.map((d) => d.start.toISOString())

function weeklyMarket(overrides: Partial<EventTiming['recurrence']> = {}): EventTiming {
  return {
    // Saturday 21 March 2026, 10:00 in Madrid (UTC+1, winter time).
    startsAt: '2026-03-21T09:00:00.000Z',
    endsAt: '2026-03-21T13:00:00.000Z',
    recurrence: { frequency: 'weekly', weekdays: ['SA'], ends: 'never', ...overrides },
  }
}

const window = (from: string, to: string) => ({
  from: new Date(from),
  to: new Date(to),
  cityTimeZone: MADRID,
})

describe('expandOccurrences across daylight-saving changes', () => {
  it('keeps a weekly 10:00 market at 10:00 local when clocks go forward (29 March)', () => {
    const dates = expandOccurrences(
      weeklyMarket(),
      window('2026-03-20T00:00Z', '2026-04-12T00:00Z'),
    )
    expect(iso(dates)).toEqual([
      '2026-03-21T09:00:00.000Z', // UTC+1
      '2026-03-28T09:00:00.000Z',
      '2026-04-04T08:00:00.000Z', // UTC+2: still 10:00 in Madrid
      '2026-04-11T08:00:00.000Z',
    ])
    // The four-hour length is kept in local time too.
    expect(dates[2].end.toISOString()).toBe('2026-04-04T12:00:00.000Z')
  })

  it('keeps it at 10:00 local when clocks go back (25 October)', () => {
    const dates = expandOccurrences(
      weeklyMarket(),
      window('2026-10-17T00:00Z', '2026-11-01T00:00Z'),
    )
    expect(iso(dates)).toEqual([
      '2026-10-17T08:00:00.000Z',
      '2026-10-24T08:00:00.000Z',
      '2026-10-31T09:00:00.000Z',
    ])
    expect(dates.map((d) => d.startDay)).toEqual(['2026-10-17', '2026-10-24', '2026-10-31'])
  })

  it('uses the event’s own time zone over the city’s', () => {
    const event = { ...weeklyMarket(), startsAt: '2026-03-21T14:00:00.000Z', endsAt: null }
    const dates = expandOccurrences(
      { ...event, timezone: 'America/New_York' },
      window('2026-03-20T00:00Z', '2026-03-29T00:00Z'),
    )
    // 10:00 in New York (UTC-4 after its 8 March change) every Saturday.
    expect(iso(dates)).toEqual(['2026-03-21T14:00:00.000Z', '2026-03-28T14:00:00.000Z'])
  })
})

describe('recurrence rules', () => {
  it('skips exception dates and reports them as EXDATE instants', () => {
    const event = weeklyMarket({ exceptions: [{ date: '2026-04-04T12:00:00.000Z' }] })
    const dates = expandOccurrences(event, window('2026-03-27T00:00Z', '2026-04-12T00:00Z'))
    expect(iso(dates)).toEqual(['2026-03-28T09:00:00.000Z', '2026-04-11T08:00:00.000Z'])
    expect(exceptionStarts(event, MADRID).map((d) => d.toISOString())).toEqual([
      '2026-04-04T08:00:00.000Z',
    ])
  })

  it('repeats on the first Sunday of each month', () => {
    const event: EventTiming = {
      startsAt: '2026-04-05T08:00:00.000Z', // Sunday 5 April, 10:00
      endsAt: '2026-04-05T12:00:00.000Z',
      recurrence: { frequency: 'monthly', monthlyBy: 'weekdayOfMonth', ends: 'count', count: 3 },
    }
    expect(toRRuleString(compileRecurrence(event, MADRID)!, MADRID)).toBe(
      'FREQ=MONTHLY;BYDAY=SU;BYSETPOS=1;COUNT=3',
    )
    const dates = expandOccurrences(event, window('2026-01-01T00:00Z', '2027-01-01T00:00Z'))
    expect(dates.map((d) => d.startDay)).toEqual(['2026-04-05', '2026-05-03', '2026-06-07'])
  })

  it('ends on the local day given as "until", written in UTC', () => {
    const event = weeklyMarket({ ends: 'until', until: '2026-04-04T12:00:00.000Z' })
    expect(toRRuleString(compileRecurrence(event, MADRID)!, MADRID)).toBe(
      'FREQ=WEEKLY;BYDAY=SA;UNTIL=20260404T215959Z',
    )
    const dates = expandOccurrences(event, window('2026-03-01T00:00Z', '2026-06-01T00:00Z'))
    expect(dates.map((d) => d.startDay)).toEqual(['2026-03-21', '2026-03-28', '2026-04-04'])
  })

  it('reads weekly with no weekday as the start’s weekday', () => {
    const event = weeklyMarket({ weekdays: [] })
    expect(toRRuleString(compileRecurrence(event, MADRID)!, MADRID)).toBe('FREQ=WEEKLY;BYDAY=SA')
    expect(recurrenceProblems(event, MADRID)).toEqual([])
  })
})

describe('all-day events', () => {
  const festival: EventTiming = {
    startsAt: '2026-06-18T22:00:00.000Z', // 19 June 00:00 in Madrid
    endsAt: '2026-06-21T21:59:00.000Z', // 21 June 23:59
    allDay: true,
  }

  it('cover whole local days, the last one included', () => {
    const [only] = expandOccurrences(festival, window('2026-06-01T00:00Z', '2026-07-01T00:00Z'))
    expect(only).toMatchObject({ allDay: true, startDay: '2026-06-19', endDay: '2026-06-21' })
    expect(only.end.toISOString()).toBe('2026-06-21T22:00:00.000Z')
  })

  it('are still listed on their last day and gone the day after', () => {
    const lastEvening = window('2026-06-21T20:00Z', '2026-06-22T00:00Z')
    expect(expandOccurrences(festival, lastEvening)).toHaveLength(1)
    const nextMorning = window('2026-06-21T22:00Z', '2026-06-23T00:00Z')
    expect(expandOccurrences(festival, nextMorning)).toHaveLength(0)
  })

  it('repeat yearly on the same local days', () => {
    const yearly = {
      ...festival,
      recurrence: { frequency: 'yearly' as const, ends: 'never' as const },
    }
    const dates = expandOccurrences(yearly, window('2027-01-01T00:00Z', '2028-12-31T00:00Z'))
    expect(dates.map((d) => `${d.startDay}..${d.endDay}`)).toEqual([
      '2027-06-19..2027-06-21',
      '2028-06-19..2028-06-21',
    ])
  })
})

describe('recurrenceProblems', () => {
  const paths = (event: EventTiming) => recurrenceProblems(event, MADRID).map((p) => p.path)

  it('accepts a sound weekly rule', () => {
    expect(recurrenceProblems(weeklyMarket(), MADRID)).toEqual([])
  })

  it('rejects an end before the start', () => {
    const problems = recurrenceProblems(
      { startsAt: '2026-03-21T09:00:00Z', endsAt: '2026-03-21T08:00:00Z' },
      MADRID,
    )
    expect(problems).toEqual([{ path: 'endsAt', message: 'The end must be after the start.' }])
  })

  it('rejects an unknown time zone', () => {
    const [problem] = recurrenceProblems({ ...weeklyMarket(), timezone: 'Mars/Olympus' }, MADRID)
    expect(problem.path).toBe('timezone')
    expect(problem.message).toMatch(/"Mars\/Olympus" is not a known time zone/)
  })

  it('rejects a last date before the first', () => {
    const [problem] = recurrenceProblems(
      weeklyMarket({ ends: 'until', until: '2026-03-01T12:00:00Z' }),
      MADRID,
    )
    expect(problem).toEqual({
      path: 'recurrence.until',
      message: 'The last date (March 1, 2026) is before the first (March 21, 2026).',
    })
  })

  it('rejects both a count and a last date', () => {
    expect(paths(weeklyMarket({ ends: 'count', count: 4, until: '2026-05-01T12:00:00Z' }))).toEqual(
      ['recurrence.count'],
    )
  })

  it('rejects an end choice without its value, and a value without the choice', () => {
    expect(paths(weeklyMarket({ ends: 'until' }))).toEqual(['recurrence.until'])
    expect(paths(weeklyMarket({ ends: 'count' }))).toEqual(['recurrence.count'])
    expect(paths(weeklyMarket({ ends: 'never', count: 3 }))).toEqual(['recurrence.ends'])
  })

  it('rejects a first date that is not on one of the chosen weekdays', () => {
    const [problem] = recurrenceProblems(weeklyMarket({ weekdays: ['MO', 'WE'] }), MADRID)
    expect(problem.path).toBe('recurrence.weekdays')
    expect(problem.message).toMatch(/Saturday March 21, 2026\) is not one of the chosen days/)
  })

  it('rejects an unknown frequency and a bad interval', () => {
    expect(paths(weeklyMarket({ frequency: 'hourly' as never }))).toEqual(['recurrence.frequency'])
    expect(paths(weeklyMarket({ interval: 0 }))).toEqual(['recurrence.interval'])
  })

  it('rejects a skipped date that is not one of the event’s dates', () => {
    const problems = recurrenceProblems(
      weeklyMarket({ exceptions: [{ date: '2026-03-25T12:00:00Z' }] }),
      MADRID,
    )
    expect(problems).toEqual([
      {
        path: 'recurrence.exceptions.0.date',
        message: "March 25, 2026 is not one of this event's dates, so it cannot be skipped.",
      },
    ])
  })
})
