// The HSDS mapping as plain functions: ids, schedules from opening_hours, and services that
// the official schema accepts (strict) whatever Plaza leaves empty.
import { describe, expect, it } from 'vitest'

import { DEFAULT_CITY_ADDRESS } from '@/lib/hours/holidayRegion'
import { fullService, serviceLastModified, serviceSummary } from '@/lib/opendata/hsds'
import type { HsdsContext } from '@/lib/opendata/hsdsContext'
import { hsdsId, uuidV5 } from '@/lib/opendata/hsdsId'
import { planSchedules } from '@/lib/opendata/hsdsSchedules'
import type { Department, Service } from '@/payload-types'

import { hsdsValidators } from '../helpers/hsdsSchemas'

const MADRID = 'Europe/Madrid'

describe('hsdsId', () => {
  it('is RFC 9562 UUID version 5', () => {
    const dns = Buffer.from('6ba7b8109dad11d180b400c04fd430c8', 'hex')
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('gives the same entity the same id on every export, and different entities different ids', () => {
    expect(hsdsId('service', 12)).toBe(hsdsId('service', '12'))
    expect(hsdsId('service', 12)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
    expect(hsdsId('service', 12)).not.toBe(hsdsId('location', 12))
  })
})

describe('planSchedules', () => {
  it('gives plain weekly schedules, without validity, where nothing changes over the year', () => {
    expect(planSchedules('Mo-Fr 09:00-14:00; We 09:00-14:00,16:00-18:00', 'UTC', 2026)).toEqual([
      expect.objectContaining({
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '09:00Z',
        closes_at: '14:00Z',
        timezone: 0,
      }),
      expect.objectContaining({ byday: 'WE', opens_at: '16:00Z', closes_at: '18:00Z' }),
    ])
    expect(planSchedules('Mo-Fr 09:00-14:00', 'UTC', 2026)![0]).not.toHaveProperty('valid_from')
  })

  it('lets a later rule replace an earlier one for its days, as OSM does', () => {
    const plan = planSchedules('Mo-Fr 09:00-14:00; We 16:00-18:00', 'UTC', 2026)!
    // Wednesday afternoon only: the second rule replaces Wednesday's morning.
    expect(plan.map((s) => `${s.byday} ${s.opens_at}`)).toEqual(['MO,TU,TH,FR 09:00Z', 'WE 16:00Z'])
  })

  it("cuts the year at the city's daylight-saving changes, each period with its UTC offset", () => {
    const weekly = planSchedules('Mo-Fr 09:00-14:00', MADRID, 2026)!
    expect(weekly.map((s) => [s.valid_from, s.valid_to, s.timezone, s.opens_at])).toEqual([
      ['2026-01-01', '2026-03-28', 1, '09:00+01:00'],
      ['2026-03-29', '2026-10-24', 2, '09:00+02:00'],
      ['2026-10-25', '2027-03-27', 1, '09:00+01:00'],
      ['2027-03-28', '2027-10-30', 2, '09:00+02:00'],
      ['2027-10-31', '2027-12-31', 1, '09:00+01:00'],
    ])
  })

  it('gives summer hours their own period', () => {
    const plan = planSchedules('Mo-Fr 08:30-14:30; Jul-Aug Mo-Fr 08:30-13:30', MADRID, 2026)!
    expect(plan).toContainEqual(
      expect.objectContaining({
        valid_from: '2026-07-01',
        valid_to: '2026-08-31',
        closes_at: '13:30+02:00',
      }),
    )
    expect(plan).toContainEqual(
      expect.objectContaining({ valid_from: '2026-09-01', closes_at: '14:30+02:00' }),
    )
  })

  it('makes public holidays and single odd days exceptions of one day', () => {
    const plan = planSchedules(
      'Mo-Fr 09:00-14:00; Dec 24 09:00-12:00; PH off',
      'UTC',
      2026,
      DEFAULT_CITY_ADDRESS,
    )!
    const exceptions = plan.filter((s) => s.kind === 'exception')
    // 1 January 2026 is a Thursday, a public holiday in Spain: closed.
    expect(exceptions).toContainEqual(
      expect.objectContaining({
        valid_from: '2026-01-01',
        valid_to: '2026-01-01',
        closed: true,
        holiday: expect.any(String),
      }),
    )
    // 24 December 2026 is a Thursday, not a holiday: shorter hours that day.
    expect(exceptions).toContainEqual(
      expect.objectContaining({
        valid_from: '2026-12-24',
        valid_to: '2026-12-24',
        byday: 'TH',
        closes_at: '12:00Z',
      }),
    )
    // A holiday on a Saturday, when the service is closed anyway, needs no exception.
    expect(exceptions.map((s) => s.valid_from)).not.toContain('2026-08-15')
    // Regular weeks stay one period.
    expect(plan.filter((s) => s.kind === 'weekly')).toHaveLength(1)
  })
})

const ctx: HsdsContext = {
  locale: 'en',
  serverUrl: 'https://city.example',
  timeZone: MADRID,
  year: 2026,
  address: DEFAULT_CITY_ADDRESS,
  city: { name: 'Villamar', description: null, email: null, phone: null },
  departments: new Map(),
  topics: new Map(),
}

const bare = {
  id: 7,
  title: 'Library',
  slug: 'library',
  summary: 'Books.',
  category: 'library',
  status: { state: 'normal', message: null },
  locations: [
    {
      id: 'row1',
      name: 'Main library',
      address: { street: 'Plaza Mayor 1', postalCode: null, locality: null, district: null },
      point: [-0.376, 39.47],
      openingHours: 'Mo-Fr 09:00-14:00; PH off',
      phone: null,
      email: null,
      website: null,
      accessibility: { wheelchair: 'yes', notes: null },
    },
  ],
  updatedAt: '2026-11-26T09:00:00.000Z',
  createdAt: '2026-11-26T09:00:00.000Z',
} as unknown as Service

function nulls(value: unknown, path = '$'): string[] {
  if (value === null) return [path]
  if (typeof value !== 'object') return []
  return Object.entries(value as object).flatMap(([key, v]) => nulls(v, `${path}.${key}`))
}

describe('fullService', () => {
  it('leaves out what Plaza does not know instead of sending null', () => {
    expect(nulls(fullService(bare, ctx))).toEqual([])
  })

  it('states an alert only when the service is not running normally', () => {
    expect(serviceSummary(bare, ctx)).not.toHaveProperty('alert')
    const limited = { ...bare, status: { state: 'limited', message: 'Half the rooms are shut.' } }
    expect(serviceSummary(limited as Service, ctx)).toMatchObject({
      status: 'active',
      alert: 'Half the rooms are shut.',
    })
    const closed = { ...bare, status: { state: 'closed', message: 'Works.' } } as Service
    expect(serviceSummary(closed, ctx).status).toBe('temporarily closed')
  })

  it('keeps the original opening_hours text in every schedule', () => {
    const [link] = fullService(bare, ctx).service_at_locations
    expect(link.schedules.length).toBeGreaterThan(1)
    for (const schedule of link.schedules)
      expect(schedule.notes).toContain('Mo-Fr 09:00-14:00; PH off')
  })

  it('is accepted by the official, strict HSDS 3.0 service schema', { timeout: 60_000 }, () => {
    const { service } = hsdsValidators(['service'])
    const valid = service(fullService(bare, ctx))
    expect(valid ? [] : service.errors).toEqual([])
    // The same validator refuses the kind of answer the first export gave.
    expect(service({ ...fullService(bare, ctx), alert: null })).toBe(false)
    expect(service({ ...fullService(bare, ctx), locale: 'en' })).toBe(false)
  })
})

describe('serviceLastModified', () => {
  it('moves when related information changes, for incremental consumers', () => {
    const department = { id: 3, title: 'Culture', updatedAt: '2026-11-30T10:00:00.000Z' }
    const withDepartment = {
      ...ctx,
      departments: new Map([[3, department as Department]]),
    }
    const service = { ...bare, department: 3 } as Service
    expect(serviceLastModified(service, ctx).toISOString()).toBe(bare.updatedAt)
    expect(serviceLastModified(service, withDepartment).toISOString()).toBe(department.updatedAt)
    const settingsChanged = { ...ctx, city: { ...ctx.city, updatedAt: '2026-12-01T08:00:00.000Z' } }
    expect(serviceLastModified(bare, settingsChanged).toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    )
  })

  it('is at least the moment a service notice started or ended on its own', () => {
    const notice = {
      ...bare,
      status: { state: 'closed', message: 'Works.', from: '2026-12-03', until: '2026-12-11' },
    } as unknown as Service
    const on = (iso: string) => serviceLastModified(notice, { ...ctx, now: new Date(iso) })
    // 3 December 00:00 and 12 December 00:00 in Madrid.
    expect(on('2026-12-01T09:00:00Z').toISOString()).toBe(bare.updatedAt)
    expect(on('2026-12-05T09:00:00Z').toISOString()).toBe('2026-12-02T23:00:00.000Z')
    expect(on('2026-12-12T09:00:00Z').toISOString()).toBe('2026-12-11T23:00:00.000Z')
  })

  it('is at least the start of the schedules window, which moves on 1 January', () => {
    // Midnight of 1 January 2027 in Madrid (UTC+1).
    expect(serviceLastModified(bare, { ...ctx, year: 2027 }).toISOString()).toBe(
      '2026-12-31T23:00:00.000Z',
    )
  })
})
