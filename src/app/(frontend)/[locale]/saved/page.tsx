import type { Metadata } from 'next'

import { AppFrame } from '@/components/app/AppFrame'
import { appClientMessages } from '@/components/app/appMessages'
import { SavedList } from '@/components/app/SavedList'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../_lib/localeParams'

// The items live on the device, so the page itself is the same for everyone: prerendered
// and precached by the service worker, it opens offline and fills itself from storage.
export const dynamic = 'force-static'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  return { title: getMessages(locale).app.savedTitle, robots: { index: false } }
}

export default async function SavedPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).app
  return (
    <AppFrame locale={locale}>
      <h1>{t.savedTitle}</h1>
      <p className="lead">{t.savedLead}</p>
      <SavedList t={appClientMessages(locale)} />
    </AppFrame>
  )
}
