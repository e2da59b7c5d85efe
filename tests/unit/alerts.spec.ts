import { describe, expect, it } from 'vitest'

import {
  nextCapMessage,
  referencedMessages,
  toCapDateTime,
  type CapMessage,
} from '@/lib/alerts/capMessages'
import { parseCircle, parsePolygon, validatePolygonField } from '@/lib/alerts/geometry'
import { formatCityTime } from '@/lib/alerts/format'
import { plainText } from '@/lib/alerts/xmlSafeText'
import {
  alertPhase,
  bannerAlerts,
  groupAlerts,
  isCurrentAlert,
  isUrgentAlert,
  upcomingCrossings,
} from '@/lib/alerts/selection'
import type { Alert } from '@/payload-types'

const NOW = new Date('2030-05-10T12:00:00.000Z')
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000).toISOString()

type Sample = Pick<
  Alert,
  'severity' | 'urgency' | 'status' | 'withdrawn' | 'onset' | 'expires' | '_status'
> & { name: string }

function sample(name: string, overrides: Partial<Sample> = {}): Sample {
  return {
    name,
    severity: 'Moderate',
    urgency: 'Expected',
    status: 'Actual',
    withdrawn: false,
    onset: hours(-1),
    expires: hours(5),
    _status: 'published',
    ...overrides,
  }
}

describe('which alerts are public at an instant', () => {
  it('keeps drafts, Test, Exercise and withdrawn alerts out of the banner', () => {
    const alerts = [
      sample('live'),
      sample('draft', { _status: 'draft' }),
      sample('test', { status: 'Test' }),
      sample('exercise', { status: 'Exercise' }),
      sample('withdrawn', { withdrawn: true }),
    ]
    expect(bannerAlerts(alerts, NOW).map((a) => a.name)).toEqual(['live'])
  })

  it('tells active from upcoming and expired, with the expiry instant itself already over', () => {
    expect(alertPhase(sample('a'), NOW)).toBe('active')
    expect(alertPhase(sample('b', { onset: hours(1) }), NOW)).toBe('upcoming')
    expect(alertPhase(sample('c', { expires: NOW.toISOString() }), NOW)).toBe('expired')
    expect(alertPhase(sample('d', { expires: null }), NOW)).toBe('active')
    expect(isCurrentAlert(sample('e', { onset: hours(2) }), NOW)).toBe(true)
    expect(isCurrentAlert(sample('f', { expires: hours(-1) }), NOW)).toBe(false)
  })

  it('orders the banner by severity, then urgency, then onset', () => {
    const alerts = [
      sample('minor', { severity: 'Minor', urgency: 'Immediate' }),
      sample('moderate-later', { onset: hours(-1) }),
      sample('moderate-earlier', { onset: hours(-3) }),
      sample('moderate-immediate', { urgency: 'Immediate' }),
      sample('extreme', { severity: 'Extreme', urgency: 'Future' }),
      sample('unknown', { severity: 'Unknown' }),
    ]
    expect(bannerAlerts(alerts, NOW).map((a) => a.name)).toEqual([
      'extreme',
      'moderate-immediate',
      'moderate-earlier',
      'moderate-later',
      'minor',
      'unknown',
    ])
  })

  it('interrupts (role="alert") only for Extreme or Severe alerts needing immediate action', () => {
    expect(isUrgentAlert({ severity: 'Extreme', urgency: 'Immediate' })).toBe(true)
    expect(isUrgentAlert({ severity: 'Severe', urgency: 'Immediate' })).toBe(true)
    expect(isUrgentAlert({ severity: 'Severe', urgency: 'Expected' })).toBe(false)
    expect(isUrgentAlert({ severity: 'Moderate', urgency: 'Immediate' })).toBe(false)
  })

  it('groups the alert list into active, upcoming and recent (expired in the last 14 days)', () => {
    const groups = groupAlerts(
      [
        sample('active'),
        sample('soon', { onset: hours(3), expires: hours(6) }),
        sample('later', { onset: hours(2), expires: null }),
        sample('yesterday', { onset: hours(-48), expires: hours(-24) }),
        sample('last-month', { onset: hours(-800), expires: hours(-700) }),
        sample('test', { status: 'Test', expires: hours(-2) }),
      ],
      NOW,
    )
    expect(groups.active.map((a) => a.name)).toEqual(['active'])
    expect(groups.upcoming.map((a) => a.name)).toEqual(['later', 'soon'])
    expect(groups.recent.map((a) => a.name)).toEqual(['yesterday'])
  })

  it('lists the future onset and expiry as the moments pages must change', () => {
    expect(upcomingCrossings(sample('a', { onset: hours(1), expires: hours(2) }), NOW)).toEqual([
      new Date(hours(1)),
      new Date(hours(2)),
    ])
    expect(upcomingCrossings(sample('b'), NOW)).toEqual([new Date(hours(5))])
    expect(upcomingCrossings(sample('c', { status: 'Test' }), NOW)).toEqual([])
  })
})

describe('CAP area geometry', () => {
  const ring = '39.47,-0.38 39.48,-0.37 39.46,-0.36 39.47,-0.38'

  it('accepts a closed ring of at least four pairs, across lines and extra spaces', () => {
    const parsed = parsePolygon(`  39.47,-0.38\n39.48,-0.37   39.46,-0.36 39.47,-0.38 `)
    expect(parsed).toEqual({
      ok: true,
      value: [
        { lat: 39.47, lon: -0.38 },
        { lat: 39.48, lon: -0.37 },
        { lat: 39.46, lon: -0.36 },
        { lat: 39.47, lon: -0.38 },
      ],
    })
    expect(validatePolygonField(ring)).toBe(true)
    expect(validatePolygonField('')).toBe(true)
  })

  it('refuses an unclosed ring, too few pairs, bad numbers and out-of-range coordinates', () => {
    expect(validatePolygonField('39.47,-0.38 39.48,-0.37 39.46,-0.36 39.45,-0.35')).toMatch(
      /not closed/,
    )
    expect(validatePolygonField('39.47,-0.38 39.48,-0.37 39.47,-0.38')).toMatch(/at least 4/)
    expect(validatePolygonField('39.47;-0.38 39.48,-0.37 39.46,-0.36 39.47;-0.38')).toMatch(
      /Point 1 .* not a “latitude,longitude” pair/,
    )
    expect(validatePolygonField('91,-0.38 39.48,-0.37 39.46,-0.36 91,-0.38')).toMatch(
      /latitude 91, outside −90 to 90/,
    )
    expect(validatePolygonField('39,-0.38 39.48,181 39.46,-0.36 39,-0.38')).toMatch(
      /Point 2 has longitude 181/,
    )
  })

  it('parses circles in kilometres and refuses a missing, zero or absurd radius', () => {
    expect(parseCircle('39.47,-0.37 2.5')).toEqual({
      ok: true,
      value: { center: { lat: 39.47, lon: -0.37 }, radiusKm: 2.5 },
    })
    expect(parseCircle('39.47,-0.37')).toMatchObject({ ok: false })
    expect(parseCircle('39.47,-0.37 0')).toMatchObject({ ok: false, error: /above 0/ })
    expect(parseCircle('39.47,-0.37 5000')).toMatchObject({ ok: false, error: /at most/ })
    expect(parseCircle('139.47,-0.37 1')).toMatchObject({ ok: false, error: /latitude 139.47/ })
  })
})

describe('CAP message bookkeeping', () => {
  const at = (iso: string) => ({ now: new Date(iso), identifier: `id-${iso}` })

  it('sends Alert first, then Update, and Cancel when withdrawn', () => {
    const first = nextCapMessage([], { withdrawn: false }, at('2030-01-01T10:00:00.000Z'))
    expect(first).toEqual({
      identifier: 'id-2030-01-01T10:00:00.000Z',
      sent: '2030-01-01T10:00:00+00:00',
      msgType: 'Alert',
    })
    const second = nextCapMessage([first!], { withdrawn: false }, at('2030-01-01T11:00:00.000Z'))
    expect(second?.msgType).toBe('Update')
    const third = nextCapMessage(
      [first!, second!],
      { withdrawn: true },
      at('2030-01-01T12:00:00.000Z'),
    )
    expect(third?.msgType).toBe('Cancel')
    expect(nextCapMessage([first!, second!, third!], { withdrawn: true }, at('2030-01-02'))).toBe(
      null,
    )
    expect(nextCapMessage([], { withdrawn: true }, at('2030-01-02'))).toBe(null)
    expect(
      nextCapMessage([first!, second!, third!], { withdrawn: false }, at('2030-01-03'))?.msgType,
    ).toBe('Alert')
  })

  it('refers back to the earlier messages of the same chain only', () => {
    const m = (identifier: string, msgType: CapMessage['msgType']): CapMessage => ({
      identifier,
      msgType,
      sent: '2030-01-01T10:00:00+00:00',
    })
    const history = [m('a', 'Alert'), m('b', 'Cancel'), m('c', 'Alert'), m('d', 'Update')]
    expect(referencedMessages(history).map((x) => x.identifier)).toEqual(['c'])
    expect(referencedMessages(history, 1).map((x) => x.identifier)).toEqual(['a'])
    expect(referencedMessages(history, 2)).toEqual([])
  })

  it('writes CAP dates with +00:00, never Z', () => {
    expect(toCapDateTime('2030-05-10T12:34:56.789Z')).toBe('2030-05-10T12:34:56+00:00')
    expect(() => toCapDateTime('not a date')).toThrow(/Not a date/)
  })

  it('strips characters XML forbids from text', () => {
    expect(plainText(' Storm\u0000 \u0007warning\r\nstay in ')).toBe('Storm warning\nstay in')
  })
})

describe('alert times as the city reads them', () => {
  // 14:05 in Madrid on Thursday 3 December 2026.
  const iso = '2026-12-03T13:05:00Z'
  it('uses the 24-hour clock in English, as the agenda and timetables do', () => {
    expect(formatCityTime(iso, 'en', 'Europe/Madrid')).toBe('Thursday, December 3, 2026 at 14:05')
    expect(formatCityTime('2026-12-03T06:00:00Z', 'en', 'Europe/Madrid')).toMatch(/ at 07:00$/)
  })
  it('writes two-digit hours in Spanish', () => {
    expect(formatCityTime('2026-12-03T06:00:00Z', 'es', 'Europe/Madrid')).toBe(
      'jueves, 3 de diciembre de 2026, 07:00',
    )
  })
})
