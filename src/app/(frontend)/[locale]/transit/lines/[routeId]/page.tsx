import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { LineBadge } from '@/components/transit/LineBadge'
import { RouteShape } from '@/components/transit/RouteShape'
import { TransitAlerts } from '@/components/transit/TransitAlerts'
import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import { transitPaths } from '@/lib/transit/paths'
import { activeAlertsFor, activeTransit, lineOverlays, withOverlay } from '@/lib/transit/site'

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
  const itineraries = active.index.itineraries(routeId) ?? []
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
      {itineraries.map((it) => (
        <section
          key={it.direction}
          aria-labelledby={`direction-${it.direction}`}
          className="transit-direction"
        >
          <h2 id={`direction-${it.direction}`}>
            {t.direction(it.headsign || it.stops.at(-1)!.name)}
          </h2>
          <p>{t.tripsCount(it.trips)}</p>
          <RouteShape
            shape={it.shape}
            stops={it.stops}
            color={line.color}
            label={t.map(line.name, it.headsign || it.stops.at(-1)!.name)}
          />
          <h3>{t.stops}</h3>
          <ol className="transit-stops">
            {it.stops.map((stop, i) => (
              <li key={`${stop.stopId}-${i}`}>
                <a href={localePath(locale, transitPaths.stop(stop.stopId))}>{stop.name}</a>
                {stop.wheelchair === 1 && (
                  <span className="transit-stops__access"> · {t.wheelchair}</span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </PageShell>
  )
}
