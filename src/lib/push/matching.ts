// Which subscriptions an alert or agenda event is for, and how the notification is sent
// (TTL, Urgency). Framework-free: the delivery job feeds it plain documents.
import { parseCircle, parsePolygon, type LatLon } from '@/lib/alerts/geometry'
import { distanceMetres } from '@/lib/geo/distance'

import type { PushUrgency } from './types'

type Ref = number | string | { id: number | string } | null | undefined

const ids = (refs: readonly Ref[] | null | undefined): Set<string> =>
  new Set((refs ?? []).filter(Boolean).map((r) => String(typeof r === 'object' ? r!.id : r)))

export interface SubscriptionChoices {
  alerts?: 'all' | 'severe' | 'matching' | 'none' | null
  districts?: readonly Ref[] | null
  /** Payload point: [longitude, latitude]. */
  area?: { centre?: [number, number] | null; radiusKm?: number | null } | null
  lines?: readonly Ref[] | null
  agendaTopics?: readonly Ref[] | null
}

export interface AlertForMatching {
  severity?: string | null
  area?: {
    districts?: readonly Ref[] | null
    polygon?: string | null
    circle?: string | null
  } | null
  affects?: { lines?: readonly Ref[] | null } | null
}

const SEVERE = new Set(['Severe', 'Extreme'])

const km = (a: LatLon, b: LatLon) => distanceMetres([a.lon, a.lat], [b.lon, b.lat]) / 1000

/** Shortest distance (km) from a point to a segment, on a local flat projection around the point. */
function distanceToSegmentKm(p: LatLon, a: LatLon, b: LatLon): number {
  const kx = 111.32 * Math.cos((p.lat * Math.PI) / 180)
  const ky = 110.57
  const ax = (a.lon - p.lon) * kx
  const ay = (a.lat - p.lat) * ky
  const bx = (b.lon - p.lon) * kx
  const by = (b.lat - p.lat) * ky
  const dx = bx - ax
  const dy = by - ay
  const len = dx * dx + dy * dy
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len))
  return Math.hypot(ax + t * dx, ay + t * dy)
}

function insidePolygon(p: LatLon, ring: readonly LatLon[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]
    const b = ring[j]
    if (
      a.lat > p.lat !== b.lat > p.lat &&
      p.lon < ((b.lon - a.lon) * (p.lat - a.lat)) / (b.lat - a.lat) + a.lon
    ) {
      inside = !inside
    }
  }
  return inside
}

/** Does the alert's CAP circle or polygon touch the citizen's circle? */
export function areaIntersects(alert: AlertForMatching, centre: LatLon, radiusKm: number): boolean {
  const circleText = alert.area?.circle?.trim()
  if (circleText) {
    const circle = parseCircle(circleText)
    if (circle.ok && km(circle.value.center, centre) <= circle.value.radiusKm + radiusKm)
      return true
  }
  const polygonText = alert.area?.polygon?.trim()
  if (polygonText) {
    const polygon = parsePolygon(polygonText)
    if (polygon.ok) {
      const ring = polygon.value
      if (insidePolygon(centre, ring)) return true
      for (let i = 1; i < ring.length; i++) {
        if (distanceToSegmentKm(centre, ring[i - 1], ring[i]) <= radiusKm) return true
      }
    }
  }
  return false
}

/** An alert with no district, shape or line is for the whole city. */
export function isCityWide(alert: AlertForMatching): boolean {
  return (
    ids(alert.area?.districts).size === 0 &&
    !alert.area?.polygon?.trim() &&
    !alert.area?.circle?.trim() &&
    ids(alert.affects?.lines).size === 0
  )
}

export function alertMatches(sub: SubscriptionChoices, alert: AlertForMatching): boolean {
  switch (sub.alerts) {
    case 'all':
      return true
    case 'severe':
      return SEVERE.has(alert.severity ?? '')
    case 'matching': {
      if (isCityWide(alert)) return true
      const alertDistricts = ids(alert.area?.districts)
      for (const d of ids(sub.districts)) if (alertDistricts.has(d)) return true
      const alertLines = ids(alert.affects?.lines)
      for (const l of ids(sub.lines)) if (alertLines.has(l)) return true
      const centre = sub.area?.centre
      const radius = sub.area?.radiusKm
      if (centre && radius && radius > 0) {
        return areaIntersects(alert, { lon: centre[0], lat: centre[1] }, radius)
      }
      return false
    }
    default:
      return false
  }
}

export function eventMatches(sub: SubscriptionChoices, eventTopics: readonly Ref[]): boolean {
  const topics = ids(eventTopics)
  for (const t of ids(sub.agendaTopics)) if (topics.has(t)) return true
  return false
}

/** At most a day: an alert notification older than that helps nobody. */
export const MAX_ALERT_TTL_SECONDS = 24 * 60 * 60

/** Seconds until the alert expires, capped; 0 when already expired (then nothing is sent). */
export function alertTtlSeconds(expires: string | null | undefined, now = new Date()): number {
  if (!expires) return MAX_ALERT_TTL_SECONDS
  const left = Math.floor((new Date(expires).getTime() - now.getTime()) / 1000)
  return Math.max(0, Math.min(MAX_ALERT_TTL_SECONDS, left))
}

export function alertUrgency(severity: string | null | undefined): PushUrgency {
  if (severity === 'Extreme' || severity === 'Severe') return 'high'
  if (severity === 'Moderate') return 'normal'
  return 'low'
}

/** A notification's short text: the first sentence-ish, at most `max` characters. */
export function shortText(text: string | null | undefined, max = 140): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`
}
