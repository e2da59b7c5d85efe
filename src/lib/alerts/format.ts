/** An alert time as the city's clocks show it, in the reader's language. */
export function formatCityTime(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
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
