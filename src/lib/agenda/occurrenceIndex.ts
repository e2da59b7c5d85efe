// The agenda's slim occurrence index: plain JSON of a few hundred bytes an event, so it fits
// Next's data cache where whole documents would not.
import type { AgendaQuery } from './query'
import {
  occurrenceInstants,
  occurrencePlan,
  occurrenceStarts,
  overlapsFrom,
  type OccurrencePlan,
} from './occurrences'
import type { AgendaEvent } from './types'

export interface IndexedEvent {
  id: AgendaEvent['id']
  title: string
  topics: string[]
  free: boolean
  accessible: boolean
  plan: OccurrencePlan
  /** Floating starts of the occurrences overlapping the index's span, ascending. */
  starts: number[]
}

export interface OccurrenceIndex {
  cityTimeZone: string
  /** Every occurrence overlapping [from, until) (epoch ms) is listed in `starts`. */
  from: number
  until: number
  events: IndexedEvent[]
}

/** Topics as lists and feeds read them (populated) or as the index reads them (slugs only). */
type TopicRefs = { topics?: (number | { slug?: string | null } | null)[] | null }

export function topicSlugsOf(event: TopicRefs): string[] {
  return (event.topics ?? []).flatMap((topic) =>
    typeof topic === 'object' && topic?.slug ? [topic.slug] : [],
  )
}

export function hasAccessibilitySupport(event: Pick<AgendaEvent, 'accessibility'>): boolean {
  const a = event.accessibility
  return Boolean(a?.wheelchair || a?.signLanguage || a?.hearingLoop)
}

/** The fields of an event the index reads (a Local API `select`). */
export type IndexableEvent = Pick<AgendaEvent, 'id' | 'title' | 'price' | 'accessibility'> &
  TopicRefs &
  Parameters<typeof occurrencePlan>[0]

export function buildOccurrenceIndex(
  events: IndexableEvent[],
  span: { from: Date; until: Date; cityTimeZone: string },
): OccurrenceIndex {
  const from = span.from.getTime()
  const until = span.until.getTime()
  const indexed: IndexedEvent[] = []
  for (const event of events) {
    const plan = occurrencePlan(event, span.cityTimeZone)
    const starts = occurrenceStarts(plan, from, until)
    // Kept while it may still take place after the span, for windows beyond it.
    const over = plan.recurrence === null && occurrenceInstants(plan, plan.start).start < until
    if (starts.length === 0 && over) continue
    indexed.push({
      id: event.id,
      title: event.title,
      topics: topicSlugsOf(event),
      free: Boolean(event.price?.isFree),
      accessible: hasAccessibilitySupport(event),
      plan,
      starts,
    })
  }
  return { cityTimeZone: span.cityTimeZone, from, until, events: indexed }
}

export function matchesFilters(
  event: IndexedEvent,
  query: Pick<AgendaQuery, 'topic' | 'free' | 'accessible'>,
): boolean {
  if (query.topic && !event.topics.includes(query.topic)) return false
  if (query.free && !event.free) return false
  if (query.accessible && !event.accessible) return false
  return true
}

/** The first index in [lo, hi) where `test` turns true (`test` is false, then true). */
function firstWhere(lo: number, hi: number, test: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (test(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/**
 * The event's floating starts whose occurrences overlap [from, to), and their range [lo, hi):
 * binary searches inside the index's span, the rule expanded outside it.
 */
export function startsWithin(
  index: OccurrenceIndex,
  event: IndexedEvent,
  from: number,
  to: number,
): { starts: number[]; lo: number; hi: number } {
  if (from < index.from || to > index.until) {
    const starts = occurrenceStarts(event.plan, from, to)
    return { starts, lo: 0, hi: starts.length }
  }
  const { starts, plan } = event
  const lo = firstWhere(0, starts.length, (i) => {
    const { start, end } = occurrenceInstants(plan, starts[i])
    return overlapsFrom(start, end, from)
  })
  const hi = firstWhere(lo, starts.length, (i) => occurrenceInstants(plan, starts[i]).start >= to)
  return { starts, lo, hi }
}
