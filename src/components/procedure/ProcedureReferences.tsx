import { localePath, paths } from '@/lib/content/paths'
import type { Messages } from '@/lib/i18n/messages'
import type { Procedure } from '@/payload-types'

import { ContentList } from '../ContentList'
import { RichTextBody } from '../RichTextBody'

/** The procedure's own text, for what the structured sections do not say. */
export function MoreInformation({
  body,
  locale,
  tp,
}: {
  body: Procedure['body']
  locale: string
  tp: Messages['procedures']
}) {
  if (!body) return null
  return (
    <section aria-labelledby="more-information">
      <h2 id="more-information">{tp.moreInformation}</h2>
      <RichTextBody data={body} locale={locale} />
    </section>
  )
}

/** The laws the procedure rests on, linked where they are online. */
export function LegalBasis({
  laws,
  tp,
}: {
  laws: Procedure['legalBasis']
  tp: Messages['procedures']
}) {
  if ((laws ?? []).length === 0) return null
  return (
    <section aria-labelledby="legal-basis">
      <h2 id="legal-basis">{tp.legalBasis}</h2>
      <ul>
        {(laws ?? []).map((law, index) => (
          <li key={law.id ?? index}>{law.url ? <a href={law.url}>{law.title}</a> : law.title}</li>
        ))}
      </ul>
    </section>
  )
}

/** Other procedures an editor linked to this one. */
export function RelatedProcedures({
  related,
  locale,
  tp,
}: {
  related: Procedure['relatedProcedures']
  locale: string
  tp: Messages['procedures']
}) {
  const procedures = (related ?? []).filter((item): item is Procedure => typeof item === 'object')
  if (procedures.length === 0) return null
  return (
    <section aria-labelledby="related">
      <h2 id="related">{tp.related}</h2>
      <ContentList
        items={procedures.map((item) => ({
          href: localePath(locale, paths.procedure(item.slug)),
          title: item.title,
          summary: item.summary,
        }))}
      />
    </section>
  )
}
