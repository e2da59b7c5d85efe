import type { Messages } from '@/lib/i18n/messages'

/** When an editor last checked the procedure, as a date in the city's time zone. */
export function LastReviewed({
  date,
  locale,
  timeZone,
  tp,
}: {
  date: string | null | undefined
  locale: string
  timeZone: string
  tp: Messages['procedures']
}) {
  if (!date) return null
  const reviewed = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(
    new Date(date),
  )
  return <p className="muted reviewed">{tp.lastReviewed(reviewed)}</p>
}
