// The query string of GET /api/nearby, checked at the edge: anything unexpected is a 400
// with a sentence saying what to fix, never a guess.
import { z } from 'zod'

import { defaultLocale, locales } from '@/lib/i18n/locales'

/** The most results one request may ask for; above it the request is refused (400). */
export const NEARBY_MAX_LIMIT = 50
export const NEARBY_DEFAULT_LIMIT = 10

const number = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} is required.` })
    .trim()
    .regex(/^-?\d{1,3}(\.\d{1,12})?$/, `${name} must be a decimal number, e.g. 39.4699.`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${name} must be between ${min} and ${max}.`)

const flag = (name: string) =>
  z
    .enum(['true', 'false'], { error: `${name} must be "true" or "false".` })
    .transform((value) => value === 'true')
    .optional()

export const nearbyQuerySchema = z
  .object({
    lat: number('lat', -90, 90),
    lng: number('lng', -180, 180),
    limit: z
      .string()
      .regex(/^\d{1,6}$/, 'limit must be a whole number.')
      .transform(Number)
      .refine(
        (value) => value >= 1 && value <= NEARBY_MAX_LIMIT,
        `limit must be between 1 and ${NEARBY_MAX_LIMIT}.`,
      )
      .default(NEARBY_DEFAULT_LIMIT),
    topic: z
      .string()
      .regex(/^[a-z0-9-]{1,100}$/, 'topic must be a topic slug, e.g. social-services.')
      .optional(),
    openNow: flag('openNow'),
    accessible: flag('accessible'),
    locale: z
      .enum(locales as [string, ...string[]], {
        error: `locale must be one of: ${locales.join(', ')}.`,
      })
      .default(defaultLocale),
  })
  .strict()

export type NearbyQuery = z.output<typeof nearbyQuerySchema>

export type ParsedNearbyQuery = { ok: true; query: NearbyQuery } | { ok: false; errors: string[] }

export function parseNearbyQuery(params: URLSearchParams): ParsedNearbyQuery {
  const repeated = [...new Set(params.keys())].filter((key) => params.getAll(key).length > 1)
  if (repeated.length > 0)
    return { ok: false, errors: repeated.map((key) => `${key} may be given only once.`) }
  const result = nearbyQuerySchema.safeParse(Object.fromEntries(params))
  if (result.success) return { ok: true, query: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown parameter${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}. Allowed: lat, lng, limit, topic, openNow, accessible, locale.`
        : issue.message,
    ),
  }
}
