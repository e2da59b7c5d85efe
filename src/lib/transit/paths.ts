/** Locale-less paths of the transit pages (see src/lib/content/paths.ts). */
export const transitPaths = {
  home: () => '/transit',
  line: (routeId: string) => `/transit/lines/${encodeURIComponent(routeId)}`,
  stop: (stopId: string) => `/transit/stops/${encodeURIComponent(stopId)}`,
}

/** "20160530" → a long date in the reader's language ("30 May 2016", "30 de mayo de 2016"). */
export function formatServiceDate(date: string, locale: string): string {
  const utc = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(4, 6)) - 1,
    Number(date.slice(6, 8)),
  )
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(utc)
}
