import { describe, expect, it } from 'vitest'

import {
  alertMatches,
  alertTtlSeconds,
  alertUrgency,
  areaIntersects,
  eventMatches,
  shortText,
} from '@/lib/push/matching'

describe('push matching', () => {
  const alert = {
    severity: 'Moderate',
    area: { districts: [1], circle: '39.47,-0.37 1' },
    affects: { lines: [{ id: 7 }] },
  }
  it('all / severe / none', () => {
    expect(alertMatches({ alerts: 'all' }, alert)).toBe(true)
    expect(alertMatches({ alerts: 'severe' }, alert)).toBe(false)
    expect(alertMatches({ alerts: 'severe' }, { ...alert, severity: 'Extreme' })).toBe(true)
    expect(alertMatches({ alerts: 'none' }, alert)).toBe(false)
  })
  it('matching by district, line (populated or not) and area', () => {
    expect(alertMatches({ alerts: 'matching', districts: [2, 1] }, alert)).toBe(true)
    expect(alertMatches({ alerts: 'matching', districts: [2] }, alert)).toBe(false)
    expect(alertMatches({ alerts: 'matching', lines: [7] }, alert)).toBe(true)
    expect(
      alertMatches({ alerts: 'matching', area: { centre: [-0.37, 39.485], radiusKm: 1 } }, alert),
    ).toBe(true)
    expect(
      alertMatches({ alerts: 'matching', area: { centre: [-0.37, 39.6], radiusKm: 1 } }, alert),
    ).toBe(false)
  })
  it('a city-wide alert (no district, shape or line) reaches "matching" devices', () => {
    expect(alertMatches({ alerts: 'matching', districts: [2] }, { area: {} })).toBe(true)
  })
  it('polygon: centre inside, or an edge within the radius', () => {
    const square = { area: { polygon: '39,0 39,1 40,1 40,0 39,0' } }
    expect(areaIntersects(square, { lat: 39.5, lon: 0.5 }, 0.1)).toBe(true)
    expect(areaIntersects(square, { lat: 39.5, lon: 1.01 }, 1)).toBe(true)
    expect(areaIntersects(square, { lat: 39.5, lon: 1.1 }, 1)).toBe(false)
  })
  it('events by agenda topic', () => {
    expect(eventMatches({ agendaTopics: [3] }, [{ id: 3 }])).toBe(true)
    expect(eventMatches({ agendaTopics: [4] }, [3])).toBe(false)
  })
  it('TTL from expiry, capped at a day, 0 when expired; urgency from severity', () => {
    const now = new Date('2030-01-01T00:00:00Z')
    expect(alertTtlSeconds('2030-01-01T01:00:00Z', now)).toBe(3600)
    expect(alertTtlSeconds('2030-01-05T00:00:00Z', now)).toBe(86400)
    expect(alertTtlSeconds(null, now)).toBe(86400)
    expect(alertTtlSeconds('2029-12-31T23:00:00Z', now)).toBe(0)
    expect(['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'].map(alertUrgency)).toEqual([
      'high',
      'high',
      'normal',
      'low',
      'low',
    ])
  })
  it('short text stops at a word', () => {
    expect(shortText('a '.repeat(100), 20)).toMatch(/^(a ){0,9}a…$/)
    expect(shortText('  short  text ')).toBe('short text')
  })
})
