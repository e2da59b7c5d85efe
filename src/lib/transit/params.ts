import { isoToGtfsDate, wallClock } from './time'

export const MAX_DEPARTURES = 100

export type DeparturesQuery =
  { ok: true; date: string; afterSeconds: number; limit: number } | { ok: false; error: string }

/**
 * Reads `date=YYYY-MM-DD`, `after=HH:MM` and `limit=N` for the departures API. Defaults:
 * today and now in the feed's timezone (midnight for another date), 10 departures.
 */
export function parseDeparturesQuery(
  params: URLSearchParams,
  timeZone: string,
  now: Date = new Date(),
): DeparturesQuery {
  for (const key of ['date', 'after', 'limit'])
    if (params.getAll(key).length > 1) return { ok: false, error: `Give \`${key}\` only once.` }
  const clock = wallClock(now, timeZone)
  const dateText = params.get('date')
  const date = dateText === null ? clock.date : isoToGtfsDate(dateText)
  if (!date) return { ok: false, error: '`date` must be a calendar date written YYYY-MM-DD.' }
  const afterText = params.get('after')
  let afterSeconds = date === clock.date && dateText === null ? clock.seconds : 0
  if (afterText !== null) {
    const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(afterText)
    if (!m) return { ok: false, error: '`after` must be a time written HH:MM (00:00 to 23:59).' }
    afterSeconds = Number(m[1]) * 3600 + Number(m[2]) * 60
  }
  const limitText = params.get('limit')
  let limit = 10
  if (limitText !== null) {
    limit = Number(limitText)
    if (!/^\d+$/.test(limitText) || limit < 1 || limit > MAX_DEPARTURES) {
      return { ok: false, error: `\`limit\` must be a whole number from 1 to ${MAX_DEPARTURES}.` }
    }
  }
  return { ok: true, date, afterSeconds, limit }
}
