import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { LineBadge } from '@/components/transit/LineBadge'
import { LineDirection, patternsByDirection } from '@/components/transit/LineDirection'
import { OperatorAlerts } from '@/components/transit/OperatorAlerts'
import { TransitAlerts } from '@/components/transit/TransitAlerts'
import { getMessages } from '@/lib/i18n/messages'
import { transitPaths } from '@/lib/transit/paths'
import { activeAlertsFor, activeTransit, lineOverlays, withOverlay } from '@/lib/transit/read'
import { operatorAlerts } from '@/lib/transit/realtime/live'

import { localeFrom } from '../../../../_lib/localeParams'
import { pageMetadata } from '../../../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string; routeId: string }> }

export const dynamic = 'force-dynamic'

async function load(params: Props['params']) {
  const locale = await localeFrom(params)
  const routeId = decodeURIComponent((await params).routeId)
  const { payload, active } = await activeTransit()
  const line = active?.index.line(routeId)
  if (!active || !line) notFound()
  return { locale, routeId, payload, active, line }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, routeId, line } = await load(params)
  const t = getMessages(locale).transit
  return pageMetadata({ locale, path: transitPaths.line(routeId), title: `${t.line} ${line.name}` })
}

export default async function LinePage({ params }: Props) {
  const { locale, routeId, payload, active, line: feedLine } = await load(params)
  const t = getMessages(locale).transit
  const overlay = (await lineOverlays(payload, locale)).get(routeId)
  const line = withOverlay(feedLine, overlay)
  const alerts = overlay
    ? await activeAlertsFor(payload, 'affects.lines', [overlay.id], locale)
    : []
  const fromOperator = await operatorAlerts(payload, { routeIds: [routeId] }, locale)
  const directions = patternsByDirection(active.index.patterns(routeId) ?? [])
  const path = transitPaths.line(routeId)
  return (
    <PageShell
      locale={locale}
      path={path}
      crumbs={[
        { label: t.title, path: transitPaths.home() },
        { label: line.name, path },
      ]}
    >
      <h1>
        <LineBadge line={line} />
      </h1>
      <p className="lead">{t.modes[line.mode] ?? line.mode}</p>
      {overlay?.description && <p>{overlay.description}</p>}
      {overlay?.accessibility && (
        <p>
          <strong>{t.accessibility}:</strong> {overlay.accessibility}
        </p>
      )}
      <TransitAlerts alerts={alerts} heading={t.alerts} />
      <OperatorAlerts alerts={fromOperator} locale={locale} />
      {directions.map((patterns) => (
        <LineDirection
          key={patterns[0].direction}
          patterns={patterns}
          line={line}
          locale={locale}
        />
      ))}
    </PageShell>
  )
}
