// Turns the common shapes of OpenStreetMap opening_hours ("Mo-Fr 09:00-14:00; PH off")
// into one readable line per rule in the visitor's language. Anything it does not
// recognise is shown as written, so no hours are ever hidden or guessed.
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

/** One readable line for a rule, or null when the rule is outside the common shapes. */
export function describeRule(
  rule: string,
  locale: string,
  labels: Messages['hours'],
): string | null {
  if (rule === '24/7') return labels.open24
  const [days, times, ...rest] = rule.split(/\s+/)
  if (rest.length > 0 || !days || !DAY_SPEC.test(days)) return null
  const when = describeDays(days, locale, labels)
  const line = (text: string) =>
    `${when.charAt(0).toLocaleUpperCase(locale)}${when.slice(1)}: ${text}`
  if (!times || times === 'off' || times === 'closed') return line(labels.closed)
  if (!TIMES.test(times)) return null
  return line(labels.list(times.split(',').map((range) => range.replace('-', '–'))))
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
