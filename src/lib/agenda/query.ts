// The agenda's query string (?when=weekend&topic=culture&free=1&page=2), validated at the
// edge with one schema: bad values are reported to the reader and never reach a query.
import { z } from 'zod'

import { AGENDA_WHEN, HORIZON_DAYS, type AgendaWhen } from './ranges'
import { addDaysToKey } from '@/lib/time/wallClock'

export interface AgendaQuery {
  when: AgendaWhen
  from?: string
  to?: string
  topic?: string
  free: boolean
  accessible: boolean
  page: number
}

export type AgendaQueryProblem =
  'when' | 'from' | 'to' | 'rangeOrder' | 'rangeTooLong' | 'topic' | 'page'

// One check, not a chain: zod runs every refinement, and an invalid Date must not reach
// toISOString. The round trip rejects 2026-02-30 (which Date would roll over to March).
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day)
  })

const fields = {
  when: z.enum(AGENDA_WHEN),
  from: isoDay,
  to: isoDay,
  topic: z.string().regex(/^[a-z0-9-]{1,80}$/),
  page: z.coerce.number().int().min(1).max(10_000),
}

const flag = (value: unknown) => value === '1' || value === 'on' || value === 'true'

function first(value: string | string[] | undefined): string | undefined {
  const single = Array.isArray(value) ? value[0] : value
  return single === undefined || single === '' ? undefined : single
}

/**
 * Reads the agenda's search parameters. Unknown or malformed values fall back to the
 * default and are listed in `problems`, so the page can say what it ignored.
 */
export function parseAgendaQuery(params: Record<string, string | string[] | undefined>): {
  query: AgendaQuery
  problems: AgendaQueryProblem[]
} {
  const problems: AgendaQueryProblem[] = []
  const read = <K extends keyof typeof fields>(key: K): z.infer<(typeof fields)[K]> | undefined => {
    const raw = first(params[key])
    if (raw === undefined) return undefined
    const parsed = fields[key].safeParse(raw)
    if (!parsed.success) problems.push(key)
    return parsed.success ? (parsed.data as z.infer<(typeof fields)[K]>) : undefined
  }
  const from = read('from')
  const to = read('to')
  // A date given without "when" means a range: the form's date fields imply it.
  let when = read('when') ?? (from || to ? 'range' : 'upcoming')
  const query: AgendaQuery = {
    when,
    topic: read('topic'),
    free: flag(first(params.free)),
    accessible: flag(first(params.accessible)),
    page: read('page') ?? 1,
  }
  if (when === 'range') {
    if (from && to && to < from) {
      problems.push('rangeOrder')
    } else if (from && to && addDaysToKey(from, HORIZON_DAYS) <= to) {
      problems.push('rangeTooLong')
    } else {
      query.from = from
      query.to = to
    }
    if (!query.from && !query.to) when = 'upcoming'
  }
  query.when = when
  return { query, problems }
}

/** The query string of an agenda URL, without defaults, for links and paging. */
export function agendaSearch(query: Partial<AgendaQuery>): string {
  const params = new URLSearchParams()
  if (query.when && query.when !== 'upcoming') params.set('when', query.when)
  if (query.when === 'range' && query.from) params.set('from', query.from)
  if (query.when === 'range' && query.to) params.set('to', query.to)
  if (query.topic) params.set('topic', query.topic)
  if (query.free) params.set('free', '1')
  if (query.accessible) params.set('accessible', '1')
  if (query.page && query.page > 1) params.set('page', String(query.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}
