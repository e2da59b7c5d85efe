// The search API's and page's query parameters, validated once for both. Anything unexpected
// is refused with a sentence a developer can act on, never silently ignored.
import { z } from 'zod'

import { isLocale } from '@/lib/i18n/locales'

import { SEARCH_TYPES, type SearchQuery } from './types'

export const MAX_QUERY_CHARS = 200
export const MAX_LIMIT = 50
export const DEFAULT_LIMIT = 20

const ALLOWED = new Set(['q', 'locale', 'type', 'limit'])

const schema = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'Give a search query in "q".')
    .max(MAX_QUERY_CHARS, `The query must be at most ${MAX_QUERY_CHARS} characters.`),
  locale: z.string().refine(isLocale, 'Unknown "locale".'),
  type: z
    .enum(SEARCH_TYPES, { message: `"type" must be one of ${SEARCH_TYPES.join(', ')}.` })
    .optional(),
  limit: z.coerce
    .number({ message: '"limit" must be a number.' })
    .int('"limit" must be a whole number.')
    .min(1, '"limit" must be at least 1.')
    .max(MAX_LIMIT, `"limit" must be at most ${MAX_LIMIT}.`)
    .default(DEFAULT_LIMIT),
})

export type ParsedSearchParams = { ok: true; query: SearchQuery } | { ok: false; error: string }

export function parseSearchParams(params: URLSearchParams): ParsedSearchParams {
  for (const key of params.keys()) {
    if (!ALLOWED.has(key)) return { ok: false, error: `Unknown parameter "${key}".` }
    if (params.getAll(key).length > 1) return { ok: false, error: `Give "${key}" only once.` }
  }
  const raw = Object.fromEntries(params.entries())
  if (raw.locale === undefined) return { ok: false, error: 'Give a "locale".' }
  if (raw.q === undefined) return { ok: false, error: 'Give a search query in "q".' }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Bad query.' }
  return { ok: true, query: parsed.data }
}
