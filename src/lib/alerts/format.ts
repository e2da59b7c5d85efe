/**
 * An alert time as the city's clocks show it, in the reader's language, on the 24-hour
 * clock with two-digit hours like the agenda and timetables ("14:00", not "2:00 PM").
 */
export function formatCityTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso))
}

/** "From … until …" in one line, for lists. */
export function formatAlertPeriod(
  alert: { onset: string; expires?: string | null },
  locale: string,
  timeZone: string,
  words: { starts: string; ends: string; untilFurtherNotice: string },
): string {
  const from = `${words.starts} ${formatCityTime(alert.onset, locale, timeZone)}`
  const until = alert.expires
    ? `${words.ends.toLowerCase()} ${formatCityTime(alert.expires, locale, timeZone)}`
    : words.untilFurtherNotice
  return `${from}, ${until}`
}
