import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Alert } from '@/payload-types'

import { ContentList } from '../ContentList'

/** Linked documents of a relationship, populated at depth 1 (ids alone are unpublished ones). */
function linked<T extends { slug: string; title: string }>(
  items: (number | T)[] | null | undefined,
) {
  return (items ?? []).filter((item): item is T => typeof item === 'object' && item !== null)
}

/** The services and procedures the alert affects, each list under its own heading. */
export function AffectedContent({
  affects,
  locale,
  t,
}: {
  affects: Alert['affects']
  locale: string
  t: Messages['alerts']
}) {
  const services = linked(affects?.services)
  const procedures = linked(affects?.procedures)
  return (
    <>
      {services.length > 0 && (
        <section aria-labelledby="affected-services">
          <h2 id="affected-services">{t.affectedServices}</h2>
          <ContentList
            items={services.map((s) => ({
              href: localePath(locale, paths.service(s.slug)),
              title: s.title,
            }))}
          />
        </section>
      )}
      {procedures.length > 0 && (
        <section aria-labelledby="affected-procedures">
          <h2 id="affected-procedures">{t.affectedProcedures}</h2>
          <ContentList
            items={procedures.map((p) => ({
              href: localePath(locale, paths.procedure(p.slug)),
              title: p.title,
            }))}
          />
        </section>
      )}
    </>
  )
}
