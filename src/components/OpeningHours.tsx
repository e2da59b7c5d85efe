// Common opening_hours shapes as readable lines; anything else is shown as written, so no hours
// are ever hidden or guessed.
import type { Messages } from '@/lib/i18n/messages'

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)'
const DAY_SPEC = new RegExp(`^${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*$`)
const TIMES = /^\d{2}:\d{2}-\d{2}:\d{2}(?:,\d{2}:\d{2}-\d{2}:\d{2})*$/

function dayName(locale: string, code: string, labels: Messages['hours']): string {
  if (code === 'PH') return labels.publicHolidays
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + DAYS.indexOf(code)))
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date)
}

function describeDays(spec: string, locale: string, labels: Messages['hours']): string {
  const parts = spec.split(',').map((part) => {
    const [from, to] = part.split('-')
    return to
      ? labels.range(dayName(locale, from, labels), dayName(locale, to, labels))
      : dayName(locale, from, labels)
  })
  return labels.list(parts)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH = `(${MONTHS.join('|')})`
// A season before the days and times: "Jun-Sep Mo-Su 10:00-19:00", "Jun 15-Sep 15: 11:00-20:00".
const SEASON = new RegExp(`^${MONTH}(?:\\s+(\\d{1,2}))?-${MONTH}(?:\\s+(\\d{1,2}))?:?\\s+(.+)$`)

function monthDay(locale: string, month: string, day: string | undefined): string {
  const date = new Date(Date.UTC(2024, MONTHS.indexOf(month), day ? Number(day) : 1))
  return new Intl.DateTimeFormat(locale, {
    day: day ? 'numeric' : undefined,
    month: 'long',
    timeZone: 'UTC',
  }).format(date)
}

const capitalised = (text: string, locale: string) =>
  `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}`

const formatTimes = (times: string, labels: Messages['hours']) =>
  labels.list(times.split(',').map((range) => range.replace('-', '–')))

/** "Monday to Friday: 09:00–14:00" as its two halves, or null outside the common shapes. */
function daysAndTimes(rule: string, locale: string, labels: Messages['hours']) {
  const [days, times, ...rest] = rule.split(/\s+/)
  if (rest.length > 0 || !days || !DAY_SPEC.test(days)) return null
  const when = describeDays(days, locale, labels)
  if (!times || times === 'off' || times === 'closed') return { when, text: labels.closed }
  if (!TIMES.test(times)) return null
  return { when, text: formatTimes(times, labels) }
}

/** One readable line for a rule, or null when the rule is outside the common shapes. */
export function describeRule(
  rule: string,
  locale: string,
  labels: Messages['hours'],
): string | null {
  if (rule === '24/7') return labels.open24
  const season = SEASON.exec(rule)
  if (!season) {
    const line = daysAndTimes(rule, locale, labels)
    return line && `${capitalised(line.when, locale)}: ${line.text}`
  }
  const [, fromMonth, fromDay, toMonth, toDay, rest] = season
  const period = labels.range(
    monthDay(locale, fromMonth, fromDay),
    monthDay(locale, toMonth, toDay),
  )
  if (TIMES.test(rest)) return `${capitalised(period, locale)}: ${formatTimes(rest, labels)}`
  const line = daysAndTimes(rest, locale, labels)
  return line && `${capitalised(period, locale)}, ${line.when}: ${line.text}`
}

export function OpeningHours({
  value,
  locale,
  labels,
}: {
  value: string
  locale: string
  labels: Messages['hours']
}) {
  const rules = value
    .split(';')
    .map((rule) => rule.trim())
    .filter(Boolean)
  return (
    <ul className="hours">
      {rules.map((rule) => (
        <li key={rule}>{describeRule(rule, locale, labels) ?? rule}</li>
      ))}
    </ul>
  )
}
