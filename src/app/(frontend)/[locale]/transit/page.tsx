import type { Metadata } from 'next'

import { PageShell } from '@/components/PageShell'
import { LineBadge } from '@/components/transit/LineBadge'
import { localePath } from '@/lib/content/paths'
import { getMessages } from '@/lib/i18n/messages'
import { formatServiceDate, transitPaths } from '@/lib/transit/paths'
import { activeTransit, lineOverlays, withOverlay } from '@/lib/transit/read'

import { localeFrom } from '../../_lib/localeParams'
import { pageMetadata } from '../../_lib/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

// The timetable changes with each import, which no publish hook announces: read per request.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeFrom(params)
  const t = getMessages(locale).transit
  return pageMetadata({
    locale,
    path: transitPaths.home(),
    title: t.title,
    description: t.description,
  })
}

export default async function TransitPage({ params }: Props) {
  const locale = await localeFrom(params)
  const t = getMessages(locale).transit
  const { payload, active } = await activeTransit()
  const overlays = active ? await lineOverlays(payload, locale) : new Map()
  const validity = active?.index.validity
  return (
    <PageShell
      locale={locale}
      path={transitPaths.home()}
      crumbs={[{ label: t.title, path: transitPaths.home() }]}
    >
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      {!active && <p>{t.noTimetable}</p>}
      {validity && (
        <p>
          {t.validity(
            formatServiceDate(validity.start, locale),
            formatServiceDate(validity.end, locale),
            active!.index.timezone,
          )}
        </p>
      )}
      {active?.index.linesByMode().map(({ mode, lines }) => (
        <section key={mode} aria-labelledby={`mode-${mode}`}>
          <h2 id={`mode-${mode}`}>{t.modes[mode] ?? mode}</h2>
          <ul className="transit-lines">
            {lines.map((line) => (
              <li key={line.routeId}>
                <a href={localePath(locale, transitPaths.line(line.routeId))}>
                  <LineBadge line={withOverlay(line, overlays.get(line.routeId))} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PageShell>
  )
}
