import type { Metadata } from 'next'

import { NotifyForm, type NotifyOption } from '@/components/NotifyForm'
import { PageShell } from '@/components/PageShell'
import { contentLocale, getPayloadClient } from '@/lib/content/payload'
import { getMessages } from '@/lib/i18n/messages'
import { distinctLineLabels } from '@/lib/transit/lineLabels'
import { activeTransit } from '@/lib/transit/read'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

// Districts, lines and topics change rarely; refreshed every ten minutes.
export const revalidate = 600

type Props = { params: Promise<{ locale: string }> }

const PATH = '/notifications'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).notify
  return pageMetadata({ locale, path: PATH, title: t.title, description: t.description })
}

async function options(locale: string) {
  const payload = await getPayloadClient()
  const common = {
    locale: contentLocale(locale),
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: false,
  } as const
  const [districts, lines, topics, { active }] = await Promise.all([
    payload.find({ collection: 'districts', ...common, sort: 'name', select: { name: true } }),
    payload.find({
      collection: 'transit-lines',
      ...common,
      sort: 'name',
      select: { name: true, routeId: true },
    }),
    payload.find({ collection: 'topics', ...common, sort: 'title', select: { title: true } }),
    activeTransit(),
  ])
  const list = (docs: { id: number; name?: string | null; title?: string | null }[]) =>
    docs.map((d): NotifyOption => ({ id: d.id, label: d.name ?? d.title ?? String(d.id) }))
  return {
    districts: list(districts.docs as never),
    lines: distinctLineLabels(
      lines.docs.map((d) => ({ id: d.id, name: d.name ?? d.routeId, routeId: d.routeId })),
      active?.index.timetable,
    ),
    topics: list(topics.docs as never),
  }
}

/**
 * "Notify me": what a device wants to be told about. All in the client component; without
 * JavaScript the page says why it cannot work.
 */
export default async function NotificationsPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).notify
  return (
    <PageShell locale={locale} path={PATH} crumbs={[{ label: t.title, path: PATH }]}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>{t.privacy}</p>
      <noscript>
        <p className="notify__notice">{t.noScript}</p>
      </noscript>
      <NotifyForm locale={locale} labels={t} {...await options(locale)} />
    </PageShell>
  )
}
