// When a service's status notice applies: from its `from` day to the end of its `until` day in
// the city. Pure, so pages, the near-me index and the refresh job agree.
import { addDaysToKey, dayOnlyKey, localDateKey, startOfLocalDay } from '@/lib/time/wallClock'

export type ServiceState = 'normal' | 'limited' | 'closed'

/** The fields these rules read; reads may select more. */
export interface NoticeTiming {
  state: ServiceState
  from?: string | null
  until?: string | null
}

/** A day-only date (stored at 12:00 UTC, or `YYYY-MM-DD`) as `YYYY-MM-DD`; null if none. */
export function noticeDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayOnlyKey(value)
  if (typeof value !== 'string' || value.trim() === '') return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // 2026-02-30 is no day.
    const noon = new Date(`${value}T12:00:00Z`)
    return !Number.isNaN(noon.getTime()) && dayOnlyKey(noon) === value ? value : null
  }
  return Number.isNaN(new Date(value).getTime()) ? null : dayOnlyKey(value)
}

/** Whether a limited or closed notice applies at `now` in the city's `timeZone`. */
export function isNoticeInForce(status: NoticeTiming, now: Date, timeZone: string): boolean {
  if (status.state === 'normal') return false
  const today = localDateKey(now, timeZone)
  const from = noticeDay(status.from)
  const until = noticeDay(status.until)
  if (from !== null && today < from) return false
  if (until !== null && today > until) return false
  return true
}

/**
 * The status as the public sees it at `now`: unchanged while its notice applies, otherwise
 * a normal service with no message (the dates are kept, for whoever needs them).
 */
export function statusInForce<T extends NoticeTiming & { message?: string | null }>(
  status: T,
  now: Date,
  timeZone: string,
): T {
  if (status.state === 'normal' || isNoticeInForce(status, now, timeZone)) return status
  return { ...status, state: 'normal', message: null }
}

/** The documents with their status as the public sees it at `now`. */
export function withStatusInForce<D extends { status: NoticeTiming & { message?: string | null } }>(
  docs: readonly D[],
  now: Date,
  timeZone: string,
): D[] {
  return docs.map((doc) => {
    const status = statusInForce(doc.status, now, timeZone)
    return status === doc.status ? doc : { ...doc, status }
  })
}

/**
 * The instants at which a notice starts (midnight opening its `from` day) and ends (midnight
 * after its `until` day) in the city's time zone; none for a normal service.
 */
export function noticeBoundaries(status: NoticeTiming, timeZone: string): Date[] {
  if (status.state === 'normal') return []
  const from = noticeDay(status.from)
  const until = noticeDay(status.until)
  return [
    from === null ? null : startOfLocalDay(from, timeZone),
    until === null ? null : startOfLocalDay(addDaysToKey(until, 1), timeZone),
  ].filter((at): at is Date => at !== null)
}

/** The boundaries after `now`: when pages must be rebuilt without any edit. */
export function noticeCrossings(status: NoticeTiming, now: Date, timeZone: string): Date[] {
  return noticeBoundaries(status, timeZone).filter((at) => at.getTime() > now.getTime())
}

/** A day-only date as Payload's date picker stores it: 12:00 UTC of that day. */
export function storedDay(value: unknown): string | null {
  const day = noticeDay(value)
  return day === null ? null : `${day}T12:00:00.000Z`
}

/** Why a notice's dates cannot be saved, or null: the last day may not precede the first. */
export function noticeDatesProblem(from: unknown, until: unknown): string | null {
  const first = noticeDay(from)
  const last = noticeDay(until)
  if (first !== null && last !== null && last < first)
    return `The last day (${last}) is before the first day (${first}): the notice would never apply.`
  return null
}
