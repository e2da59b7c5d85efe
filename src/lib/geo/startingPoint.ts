// Where the near-me list measures from: position, district or postcode, from a plain GET form so
// it needs no JavaScript.
import type { LngLat } from './distance'

export interface DistrictOption {
  slug: string
  name: string
  centre: LngLat
  postalCodes: string[]
}

export type StartingPoint =
  | { kind: 'position'; point: LngLat }
  | { kind: 'district'; point: LngLat; district: DistrictOption }
  | { kind: 'postcode'; point: LngLat; district: DistrictOption; postcode: string }

export type StartingPointResult =
  | { ok: true; start: StartingPoint | null }
  | { ok: false; problem: 'unknown-postcode'; postcode: string }

/** "46001, 46002" → ["46001", "46002"]. */
export function parsePostalCodes(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[,;\s]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean)
}

function coordinate(value: string | undefined, limit: number): number | null {
  if (!value || !/^-?\d{1,3}(\.\d{1,12})?$/.test(value.trim())) return null
  const number = Number(value)
  return Math.abs(number) <= limit ? number : null
}

/**
 * A typed postcode wins over a picked district, which wins over a position: the form
 * keeps the last position as hidden fields, and what the visitor typed is the newest.
 */
export function resolveStartingPoint(
  params: { lat?: string; lng?: string; district?: string; postcode?: string },
  districts: readonly DistrictOption[],
): StartingPointResult {
  const postcode = params.postcode?.trim().toUpperCase().replace(/\s+/g, '')
  if (postcode) {
    const district = districts.find((d) => d.postalCodes.includes(postcode))
    if (!district) return { ok: false, problem: 'unknown-postcode', postcode }
    return { ok: true, start: { kind: 'postcode', point: district.centre, district, postcode } }
  }
  const district = params.district && districts.find((d) => d.slug === params.district)
  if (district) return { ok: true, start: { kind: 'district', point: district.centre, district } }
  const lat = coordinate(params.lat, 90)
  const lng = coordinate(params.lng, 180)
  if (lat !== null && lng !== null)
    return { ok: true, start: { kind: 'position', point: [lng, lat] } }
  return { ok: true, start: null }
}
