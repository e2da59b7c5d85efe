// Search records for the timetable in service (lines, stations and stand-alone stops), built
// once per feed and locale: they change only when a new import becomes active.
import type { Payload } from 'payload'

import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import { transitPaths } from '@/lib/transit/paths'
import type { TransitIndex } from '@/lib/transit/query'
import { loadActiveTimetable } from '@/lib/transit/storage'

import { boundText, MAX_BODY_CHARS } from './lexicalText'
import type { SearchRecord } from './types'

export const lineObjectId = (routeId: string) => `transit-line-${routeId}`
export const stopObjectId = (stopId: string) => `transit-stop-${stopId}`

/** Every line and stop of a timetable as records in `locale` (pure). */
export function transitRecords(index: TransitIndex, locale: string): SearchRecord[] {
  const t = getMessages(locale).transit
  const lines = index.lines()
  const stops = index.timetable.stops.filter(
    (stop) => stop.locationType === 1 || (stop.locationType === 0 && stop.parent === -1),
  )
  const stopNamesOfLine = new Map<string, string[]>(lines.map((line) => [line.routeId, []]))
  const records: SearchRecord[] = []
  for (const stop of stops) {
    const serving = index.linesAtStop(stop.id)
    for (const line of serving) stopNamesOfLine.get(line.routeId)?.push(stop.name)
    records.push({
      objectID: stopObjectId(stop.id),
      type: 'stop',
      locale,
      title: stop.name || stop.id,
      summary: boundText(
        serving.length > 0 ? `${t.lines}: ${serving.map((line) => line.name).join(', ')}` : '',
        1000,
      ),
      body: stop.code && stop.code !== stop.name ? stop.code : '',
      url: localePath(locale, transitPaths.stop(stop.id)),
      topics: [],
    })
  }
  for (const line of lines) {
    const mode = t.modes[line.mode] ?? line.mode
    records.unshift({
      objectID: lineObjectId(line.routeId),
      type: 'line',
      locale,
      title: line.name,
      // "Rail: Baby Bullet": the mode, and the words that find the line.
      summary: `${mode}: ${line.longName || line.name}`,
      // The stops it calls at, so "San Jose" also finds the lines that go there.
      body: boundText((stopNamesOfLine.get(line.routeId) ?? []).join(', '), MAX_BODY_CHARS),
      url: localePath(locale, transitPaths.line(line.routeId)),
      topics: [],
      ...(line.color ? { color: line.color } : {}),
    })
  }
  return records
}

type Cache = { index: TransitIndex; byLocale: Map<string, SearchRecord[]> }
const cacheKey = Symbol.for('plaza.search.transit')
const globalCache = globalThis as unknown as Record<symbol, Cache | undefined>

/** The records of the timetable in service (none without one), cached per loaded feed. */
export async function activeTransitRecords(
  payload: Payload,
  locale: string,
): Promise<SearchRecord[]> {
  const active = await loadActiveTimetable(payload)
  if (!active) return []
  let cache = globalCache[cacheKey]
  if (!cache || cache.index !== active.index) {
    cache = { index: active.index, byLocale: new Map() }
    globalCache[cacheKey] = cache
  }
  let records = cache.byLocale.get(locale)
  if (!records) {
    records = transitRecords(active.index, locale)
    cache.byLocale.set(locale, records)
  }
  return records
}

/** What the freshness stamp reads: which timetable is in service, and since when. */
export async function transitStamp(payload: Payload): Promise<string> {
  const settings = await payload.findGlobal({ slug: 'transit-settings', depth: 0 })
  const active = settings.activeFeed as number | string | { id: number | string } | null
  const id = active && typeof active === 'object' ? active.id : (active ?? '')
  return `transit:${id}:${settings.activatedAt ?? ''}`
}
