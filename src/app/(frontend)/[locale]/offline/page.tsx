import type { Metadata } from 'next'

import { AppFrame } from '@/components/app/AppFrame'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../_lib/localeParams'

// Precached and shown in place of any page neither online nor saved; the address bar keeps that
// page's address, so "Try again" links to it.
export const dynamic = 'force-static'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  return { title: getMessages(locale).app.offlineTitle, robots: { index: false } }
}

export default async function OfflinePage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).app
  return (
    <AppFrame locale={locale}>
      <h1 data-offline-page="">{t.offlineTitle}</h1>
      <p className="lead">{t.offlineLead}</p>
      <p>{t.offlineHelp}</p>
      <p>
        <a href="" className="button">
          {t.tryAgain}
        </a>
      </p>
    </AppFrame>
  )
}
