import { alertsAtom } from '@/lib/content/alertFeeds'
import { isLocale, locales } from '@/lib/i18n/locales'

// Built once and kept until an alert is published or crosses its onset/expiry.
export const dynamic = 'force-static'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function GET(_: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  return new Response(await alertsAtom(locale), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
}
