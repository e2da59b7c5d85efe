// The agenda list: every occurrence within the chosen window that matches the filters,
// in time order, paged, and grouped by the local day it shows under.
import { expandOccurrences, type Occurrence } from './occurrences'
import type { AgendaQuery } from './query'
import { agendaWindow, type AgendaWindow } from './ranges'
import type { AgendaEvent } from './types'
import { localDateKey } from './wallClock'

export const AGENDA_PAGE_SIZE = 20

export interface AgendaItem<E extends AgendaEvent = AgendaEvent> {
  event: E
  occurrence: Occurrence
  /** The city day it is listed under: its start, or the window's first day if ongoing. */
  day: string
  /** Started before this day (a multi-day event still going on). */
  ongoing: boolean
}

export interface AgendaDay<E extends AgendaEvent = AgendaEvent> {
  day: string
  items: AgendaItem<E>[]
}

export interface AgendaPage<E extends AgendaEvent = AgendaEvent> {
  window: AgendaWindow
  days: AgendaDay<E>[]
  total: number
  page: number
  pageCount: number
}

export function topicSlugsOf(event: Pick<AgendaEvent, 'topics'>): string[] {
  return (event.topics ?? []).flatMap((topic) =>
    typeof topic === 'object' && topic?.slug ? [topic.slug] : [],
  )
}

export function hasAccessibilitySupport(event: Pick<AgendaEvent, 'accessibility'>): boolean {
  const a = event.accessibility
  return Boolean(a?.wheelchair || a?.signLanguage || a?.hearingLoop)
}

export function matchesFilters(
  event: AgendaEvent,
  query: Pick<AgendaQuery, 'topic' | 'free' | 'accessible'>,
): boolean {
  if (query.topic && !topicSlugsOf(event).includes(query.topic)) return false
  if (query.free && !event.price?.isFree) return false
  if (query.accessible && !hasAccessibilitySupport(event)) return false
  return true
}

/** Every matching occurrence in the query's window, in the order the agenda lists them. */
export function agendaItems<E extends AgendaEvent>(
  events: E[],
  query: AgendaQuery,
  { now, timeZone }: { now: Date; timeZone: string },
): { window: AgendaWindow; items: AgendaItem<E>[] } {
  const window = agendaWindow(query, now, timeZone)
  const items: AgendaItem<E>[] = []
  for (const event of events) {
    if (!matchesFilters(event, query)) continue
    const occurrences = expandOccurrences(event, {
      from: window.start,
      to: window.end,
      cityTimeZone: timeZone,
    })
    for (const occurrence of occurrences) {
      const ongoing = occurrence.start < window.start
      const shown = ongoing ? window.start : occurrence.start
      items.push({ event, occurrence, day: localDateKey(shown, timeZone), ongoing })
    }
  }
  items.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      // Ongoing events first on their day, then by start time.
      Number(b.ongoing) - Number(a.ongoing) ||
      a.occurrence.start.getTime() - b.occurrence.start.getTime() ||
      a.event.title.localeCompare(b.event.title),
  )
  return { window, items }
}

export function buildAgenda<E extends AgendaEvent>(
  events: E[],
  query: AgendaQuery,
  options: { now: Date; timeZone: string; pageSize?: number },
): AgendaPage<E> {
  const pageSize = options.pageSize ?? AGENDA_PAGE_SIZE
  const { window, items } = agendaItems(events, query, options)
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize))
  const page = Math.min(query.page, pageCount)
  const days: AgendaDay<E>[] = []
  for (const item of items.slice((page - 1) * pageSize, page * pageSize)) {
    const last = days.at(-1)
    if (last?.day === item.day) last.items.push(item)
    else days.push({ day: item.day, items: [item] })
  }
  return { window, days, total: items.length, page, pageCount }
}
