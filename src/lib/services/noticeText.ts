// A notice's days in words for the service page, left out when the editor's message already
// names them.
import { noticeDay, type NoticeTiming } from './noticeDates'

/** Sentences with `{from}` and `{until}` in place of the days, per language. */
export interface NoticeDatesTemplates {
  fromUntil: string
  from: string
  until: string
}

export type NoticeDatesPart = { text: string } | { day: string; label: string }

const formatters = new Map<string, Intl.DateTimeFormat>()

function format(locale: string, options: Intl.DateTimeFormatOptions, key: string) {
  let formatter = formatters.get(`${key}|${locale}`)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formatters.set(`${key}|${locale}`, formatter)
  }
  return formatter
}

/** `2026-12-11` as "Friday, 11 December 2026" in `locale`. */
export function formatNoticeDay(day: string, locale: string): string {
  return format(
    locale,
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    'day',
  ).format(new Date(`${day}T12:00:00Z`))
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether `message` names the day: its number next to its month ("11 December", "December 11", "11 de diciembre"). */
export function mentionsDay(message: string, day: string, locale: string): boolean {
  const date = new Date(`${day}T12:00:00Z`)
  const month = escape(format(locale, { month: 'long' }, 'month').format(date))
  const number = String(date.getUTCDate())
  const pattern = new RegExp(
    `(^|\\D)${number}\\D{0,5}${month}|${month}\\D{0,3}${number}(\\D|$)`,
    'iu',
  )
  return pattern.test(message)
}

/**
 * The sentence naming the notice's days, split around the days so that each can be marked
 * up as a date; null when there are no days or the message already names them all.
 */
export function noticeDatesParts(
  status: NoticeTiming & { message?: string | null },
  locale: string,
  templates: NoticeDatesTemplates,
): NoticeDatesPart[] | null {
  if (status.state === 'normal') return null
  const days = { from: noticeDay(status.from), until: noticeDay(status.until) }
  const named = Object.values(days).filter((day): day is string => day !== null)
  if (named.length === 0) return null
  const message = status.message ?? ''
  if (named.every((day) => mentionsDay(message, day, locale))) return null
  const template =
    days.from && days.until ? templates.fromUntil : days.from ? templates.from : templates.until
  return template
    .split(/(\{from\}|\{until\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const day = piece === '{from}' ? days.from : piece === '{until}' ? days.until : null
      return day ? { day, label: formatNoticeDay(day, locale) } : { text: piece }
    })
}
