import { alertsAtom, localeFeedHandler } from '@/lib/alerts/feedResponses'
import { locales } from '@/lib/i18n/locales'

// Built once and kept until an alert is published or crosses its onset/expiry.
export const dynamic = 'force-static'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export const GET = localeFeedHandler(alertsAtom, 'application/atom+xml')
