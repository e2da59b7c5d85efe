import OpeningHours from 'opening_hours'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { describeOpeningStatus } from '@/lib/hours/describeOpeningStatus'
import { DEFAULT_CITY_ADDRESS, readCityAddress } from '@/lib/hours/holidayRegion'
import { isOpenAt, openingStatus, parseOpeningHours } from '@/lib/hours/openingStatus'
import { getMessages } from '@/lib/i18n/messages'

const CITY = 'Europe/Madrid'
const OFFICE_TEXT = 'Mo-Fr 09:00-14:00; PH off'
const en = getMessages('en').openingStatus
const es = getMessages('es').openingStatus

/** The label at a UTC instant, evaluated in the city's zone. */
const label = (hours: OpeningHours | null, iso: string, locale = 'en') =>
  describeOpeningStatus(
    openingStatus(hours, new Date(iso), CITY),
    locale,
    locale === 'en' ? en : es,
  )

// Madrid is UTC+1 in November and December 2026. 26 November 2026 is a Thursday.
const machineZones = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati']
const originalTz = process.env.TZ

afterEach(() => {
  process.env.TZ = originalTz
})

describe.each(machineZones)('opening status with the server clock in %s', (zone) => {
  // Fresh objects, not the per-process cache: each zone must compute its own answers.
  let OFFICE: OpeningHours
  let BAR: OpeningHours
  beforeEach(() => {
    OFFICE = new OpeningHours(OFFICE_TEXT, readCityAddress())
    BAR = new OpeningHours('Fr-Sa 22:00-02:00', readCityAddress())
  })

  it('is closed one second before opening and open at the opening minute', () => {
    expect(label(OFFICE, '2026-11-26T07:59:59Z')).toBe('Closed — opens today at 09:00')
    expect(label(OFFICE, '2026-11-26T08:00:00Z')).toBe('Open until 14:00')
    expect(label(OFFICE, '2026-11-26T12:59:59Z')).toBe('Open until 14:00')
    expect(label(OFFICE, '2026-11-26T13:00:00Z')).toBe('Closed — opens tomorrow at 09:00')
  })

  it('names the weekday when the next opening is after the weekend', () => {
    // Friday 27 November, 15:00 in Madrid.
    expect(label(OFFICE, '2026-11-27T14:00:00Z')).toBe('Closed — opens Monday 09:00')
    expect(label(OFFICE, '2026-11-27T14:00:00Z', 'es')).toBe('Cerrado — abre el lunes a las 09:00')
  })

  it('follows hours that run past midnight', () => {
    // Friday 23:00 and Saturday 01:30 in Madrid: open until Saturday 02:00.
    expect(label(BAR, '2026-11-27T22:00:00Z')).toBe('Open until Saturday 02:00')
    expect(label(BAR, '2026-11-28T00:30:00Z')).toBe('Open until 02:00')
    expect(label(BAR, '2026-11-28T01:00:00Z')).toBe('Closed — opens today at 22:00')
  })

  it('is closed on a national public holiday under "PH off"', () => {
    // Tuesday 8 December 2026 (Immaculate Conception), 10:00 in Madrid.
    expect(isOpenAt(OFFICE, new Date('2026-12-08T09:00:00Z'), CITY)).toBe(false)
    expect(label(OFFICE, '2026-12-08T09:00:00Z')).toBe('Closed — opens tomorrow at 09:00')
    // The Monday before is an ordinary working day.
    expect(isOpenAt(OFFICE, new Date('2026-12-07T09:00:00Z'), CITY)).toBe(true)
  })

  it("is closed on the region's own holiday (19 March in the Valencian Community)", () => {
    // Thursday 19 March 2026, 10:00 in Madrid (UTC+1).
    expect(isOpenAt(OFFICE, new Date('2026-03-19T09:00:00Z'), CITY)).toBe(false)
    const madrid = parseOpeningHours('Mo-Fr 09:00-14:00; PH off', {
      ...DEFAULT_CITY_ADDRESS,
      address: { country_code: 'es', state: 'Comunidad de Madrid' },
    })
    expect(isOpenAt(madrid, new Date('2026-03-19T09:00:00Z'), CITY)).toBe(true)
  })

  it("uses the city's zone, not the server's, for the same instant", () => {
    // 08:30 UTC is 09:30 in Madrid (open) and 17:30 in Tokyo (closed).
    const instant = new Date('2026-11-26T08:30:00Z')
    expect(isOpenAt(OFFICE, instant, 'Europe/Madrid')).toBe(true)
    expect(isOpenAt(OFFICE, instant, 'Asia/Tokyo')).toBe(false)
  })
})

describe('opening status', () => {
  it('reads a service open around the clock as open with no closing time', () => {
    expect(label(parseOpeningHours('24/7'), '2026-11-26T03:00:00Z')).toBe('Open')
  })

  it('says closing at midnight as "until 24:00"', () => {
    const late = parseOpeningHours('Mo-Su 18:00-24:00')
    expect(label(late, '2026-11-26T20:00:00Z')).toBe('Open until 24:00')
  })

  it('treats missing or invalid hours as unknown', () => {
    expect(openingStatus(parseOpeningHours(''), new Date(), CITY).state).toBe('unknown')
    expect(openingStatus(parseOpeningHours('whenever'), new Date(), CITY).state).toBe('unknown')
    expect(isOpenAt(null, new Date(), CITY)).toBe(false)
  })

  it('reads the city region from the environment', () => {
    expect(readCityAddress({} as NodeJS.ProcessEnv)).toEqual(DEFAULT_CITY_ADDRESS)
    expect(
      readCityAddress({
        PLAZA_HOLIDAY_COUNTRY: 'DE',
        PLAZA_HOLIDAY_STATE: 'Berlin',
        PLAZA_CITY_LATLNG: '52.52,13.40',
      } as unknown as NodeJS.ProcessEnv),
    ).toEqual({ lat: 52.52, lon: 13.4, address: { country_code: 'de', state: 'Berlin' } })
  })
})
