// The agenda list. A k-way merge stops once the page is full, so only listed occurrences are
// built.
import TinyQueue from 'tinyqueue'

import {
  buildOccurrenceIndex,
  matchesFilters,
  startsWithin,
  type IndexableEvent,
  type IndexedEvent,
  type OccurrenceIndex,
} from './occurrenceIndex'
import { occurrenceAt, occurrenceInstants, type Occurrence } from './occurrences'
import type { AgendaQuery } from './query'
import { agendaWindow, type AgendaWindow } from './ranges'
import type { AgendaEvent } from './types'
import { floatingDateKey, toFloatingMs } from '@/lib/time/wallClock'

export { hasAccessibilitySupport, topicSlugsOf } from './occurrenceIndex'

export const AGENDA_PAGE_SIZE = 20
const DAY_MS = 24 * 60 * 60 * 1000

export interface AgendaItem<E = AgendaEvent> {
  event: E
  occurrence: Occurrence
  /** The city day it is listed under: its start, or the window's first day if ongoing. */
  day: string
  /** Started before this day (a multi-day event still going on). */
  ongoing: boolean
}

export interface AgendaDay<E = AgendaEvent> {
  day: string
  items: AgendaItem<E>[]
}

export interface AgendaPage<E = AgendaEvent> {
  window: AgendaWindow
  days: AgendaDay<E>[]
  total: number
  page: number
  pageCount: number
}

/** One event's place in the merge: its next occurrence and the key the list orders by. */
interface Cursor {
  event: IndexedEvent
  /** Position in the index: the last tie-break, as the former stable sort had it. */
  order: number
  starts: number[]
  next: number
  hi: number
  start: number
  /** The city day (days since 1970) it is listed under. */
  day: number
  ongoing: boolean
}

const collator = new Intl.Collator()

// Day, then ongoing events first on their day, then start time, then title.
function compareCursors(a: Cursor, b: Cursor): number {
  return (
    a.day - b.day ||
    Number(b.ongoing) - Number(a.ongoing) ||
    a.start - b.start ||
    collator.compare(a.event.title, b.event.title) ||
    a.order - b.order
  )
}

function settle(cursor: Cursor, windowStart: number, cityTimeZone: string): Cursor {
  const { start } = occurrenceInstants(cursor.event.plan, cursor.starts[cursor.next])
  cursor.start = start
  cursor.ongoing = start < windowStart
  const shown = cursor.ongoing ? windowStart : start
  cursor.day = Math.floor(toFloatingMs(shown, cityTimeZone) / DAY_MS)
  return cursor
}

/** Every event's cursor at its first occurrence in the window, and how many there are. */
function openCursors(index: OccurrenceIndex, query: AgendaQuery, window: AgendaWindow) {
  const from = window.start.getTime()
  const to = window.end.getTime()
  const cursors: Cursor[] = []
  let total = 0
  index.events.forEach((event, order) => {
    if (!matchesFilters(event, query)) return
    const { starts, lo, hi } = startsWithin(index, event, from, to)
    if (lo >= hi) return
    total += hi - lo
    const cursor = { event, order, starts, next: lo, hi, start: 0, day: 0, ongoing: false }
    cursors.push(settle(cursor, from, index.cityTimeZone))
  })
  return { cursors, total }
}

/** Occurrences number `offset` to `offset + limit - 1` of the merged, ordered list. */
function takeOccurrences(
  cursors: Cursor[],
  offset: number,
  limit: number,
  window: AgendaWindow,
  cityTimeZone: string,
): AgendaItem<IndexedEvent>[] {
  const queue = new TinyQueue(cursors, compareCursors)
  const items: AgendaItem<IndexedEvent>[] = []
  const windowStart = window.start.getTime()
  for (let n = 0; n < offset + limit && queue.length > 0; n++) {
    const cursor = queue.pop()!
    if (n >= offset) {
      items.push({
        event: cursor.event,
        occurrence: occurrenceAt(cursor.event.plan, cursor.starts[cursor.next]),
        day: floatingDateKey(new Date(cursor.day * DAY_MS)),
        ongoing: cursor.ongoing,
      })
    }
    cursor.next++
    if (cursor.next < cursor.hi) queue.push(settle(cursor, windowStart, cityTimeZone))
  }
  return items
}

/**
 * Matching occurrences in the query's window, in agenda order, from `offset` (default: all
 * of them). `total` counts every match, not only those returned.
 */
export function agendaSlice(
  index: OccurrenceIndex,
  query: AgendaQuery,
  { now, offset = 0, limit = Infinity }: { now: Date; offset?: number; limit?: number },
): { window: AgendaWindow; items: AgendaItem<IndexedEvent>[]; total: number } {
  const window = agendaWindow(query, now, index.cityTimeZone)
  const { cursors, total } = openCursors(index, query, window)
  const items = takeOccurrences(cursors, offset, limit, window, index.cityTimeZone)
  return { window, items, total }
}

function groupByDay<E>(items: AgendaItem<E>[]): AgendaDay<E>[] {
  const days: AgendaDay<E>[] = []
  for (const item of items) {
    const last = days.at(-1)
    if (last?.day === item.day) last.items.push(item)
    else days.push({ day: item.day, items: [item] })
  }
  return days
}

/** One page of the agenda from the index (events carry only the index's fields). */
export function buildAgendaPage(
  index: OccurrenceIndex,
  query: AgendaQuery,
  { now, pageSize = AGENDA_PAGE_SIZE }: { now: Date; pageSize?: number },
): AgendaPage<IndexedEvent> {
  const window = agendaWindow(query, now, index.cityTimeZone)
  const { cursors, total } = openCursors(index, query, window)
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(query.page, pageCount)
  const items = takeOccurrences(
    cursors,
    (page - 1) * pageSize,
    pageSize,
    window,
    index.cityTimeZone,
  )
  return { window, days: groupByDay(items), total, page, pageCount }
}

/** The ids of the events a page shows, to read their details. */
export function eventIdsOf<E extends { id: AgendaEvent['id'] }>(
  items: AgendaItem<E>[] | AgendaDay<E>[],
): AgendaEvent['id'][] {
  const flat = items.flatMap((entry) => ('items' in entry ? entry.items : [entry]))
  return [...new Set(flat.map((item) => item.event.id))]
}

/** Swaps the index's slim events for full ones; items whose event is missing are dropped. */
export function withEvents<E extends { id: AgendaEvent['id'] }>(
  items: AgendaItem<IndexedEvent>[],
  events: E[],
): AgendaItem<E>[] {
  const byId = new Map(events.map((event) => [event.id, event]))
  return items.flatMap((item) => {
    const event = byId.get(item.event.id)
    return event ? [{ ...item, event }] : []
  })
}

export function withEventsPage<E extends { id: AgendaEvent['id'] }>(
  page: AgendaPage<IndexedEvent>,
  events: E[],
): AgendaPage<E> {
  const items = withEvents(
    page.days.flatMap((day) => day.items),
    events,
  )
  return { ...page, days: groupByDay(items) }
}

/** The index of a list of events for one window (drafts, tests): built on the spot. */
function indexFor(events: IndexableEvent[], window: AgendaWindow, cityTimeZone: string) {
  return buildOccurrenceIndex(events, { from: window.start, until: window.end, cityTimeZone })
}

/** Every matching occurrence of `events` in the query's window, in agenda order. */
export function agendaItems<E extends AgendaEvent>(
  events: E[],
  query: AgendaQuery,
  { now, timeZone, limit }: { now: Date; timeZone: string; limit?: number },
): { window: AgendaWindow; items: AgendaItem<E>[] } {
  const window = agendaWindow(query, now, timeZone)
  const { items } = agendaSlice(indexFor(events, window, timeZone), query, { now, limit })
  return { window, items: withEvents(items, events) }
}

export function buildAgenda<E extends AgendaEvent>(
  events: E[],
  query: AgendaQuery,
  options: { now: Date; timeZone: string; pageSize?: number },
): AgendaPage<E> {
  const window = agendaWindow(query, options.now, options.timeZone)
  const page = buildAgendaPage(indexFor(events, window, options.timeZone), query, options)
  return withEventsPage(page, events)
}
