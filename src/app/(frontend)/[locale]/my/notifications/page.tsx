import type { Metadata } from 'next'
import { cookies } from 'next/headers'

import { ConnectEOffice } from '@/components/eoffice/ConnectEOffice'
import { DeviceLink } from '@/components/eoffice/DeviceLink'
import { DisconnectSection } from '@/components/eoffice/DisconnectSection'
import { NoticeList } from '@/components/eoffice/NoticeList'
import { PageShell } from '@/components/PageShell'
import { getPayloadClient } from '@/lib/content/payload'
import { localePath } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/read'
import { deviceMessages } from '@/lib/eoffice/deviceMessages'
import { listNotices } from '@/lib/eoffice/links'
import { readNoticeRetentionDays } from '@/lib/eoffice/notices'
import { readOidcSettings } from '@/lib/eoffice/oidc'
import { CITIZEN_COOKIE, citizenFromSessionValue } from '@/lib/eoffice/session'
import { getMessages } from '@/lib/i18n/messages'

import { localeFrom } from '../../../_lib/localeParams'

// The citizen's own inbox: per request, never cached nor indexed, not in the sitemap.
export const dynamic = 'force-dynamic'

const PATH = '/my/notifications'
const ERRORS = ['signin', 'expired', 'cancelled', 'unavailable'] as const

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).myOffice
  return {
    title: t.title,
    description: t.description,
    robots: { index: false, follow: false },
  }
}

export default async function MyNotificationsPage({ params, searchParams }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).myOffice
  const query = await searchParams
  const payload = await getPayloadClient()
  const configured = readOidcSettings() !== null
  const link = configured
    ? await citizenFromSessionValue(payload, (await cookies()).get(CITIZEN_COOKIE)?.value)
    : null
  const error = ERRORS.find((code) => code === query.error)
  const crumbs = [{ label: link ? t.title : t.connectTitle, path: PATH }]

  if (!link) {
    return (
      <PageShell locale={locale} path={PATH} crumbs={crumbs}>
        <h1>{t.connectTitle}</h1>
        {query.disconnected === '1' && <p role="status">{t.disconnected}</p>}
        {error && <p role="alert">{t.errors[error]}</p>}
        <ConnectEOffice configured={configured} locale={locale} t={t} />
      </PageShell>
    )
  }

  const [notices, settings, retentionDays] = await Promise.all([
    listNotices(payload, link.id),
    getSiteSettings(locale),
    readNoticeRetentionDays(payload),
  ])
  const when = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: settings.timezone,
  })
  return (
    <PageShell locale={locale} path={PATH} crumbs={crumbs}>
      <h1>{t.title}</h1>
      <p className="lead">{t.inboxIntro}</p>
      <NoticeList notices={notices} when={when} t={t} />
      <p>{t.keptFor(retentionDays)}</p>
      <section aria-labelledby="myoffice-device">
        <h2 id="myoffice-device">{t.deviceTitle}</h2>
        <p>{t.deviceHelp}</p>
        <DeviceLink
          messages={deviceMessages(t)}
          notifyHref={localePath(locale, '/notifications')}
        />
      </section>
      <DisconnectSection locale={locale} t={t} />
    </PageShell>
  )
}
