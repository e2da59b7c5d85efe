// Publish checks when a person publishes: errors refuse; warnings refuse only in the admin until
// "publish anyway" is ticked. System writes are not checked.
import {
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionConfig,
  type Field,
  type PayloadRequest,
} from 'payload'

import {
  blocking,
  longSentenceIssues,
  missingTranslationIssues,
  richTextIssues,
  type PublishIssue,
} from '@/lib/editorial/publishChecks'
import { LOCALE_LABELS, locales } from '@/lib/i18n/locales'

import { hasRole } from '@/lib/auth/roles'

export const PUBLISH_ANYWAY_FIELD = 'publishAnyway'

/** Which fields of each checked collection are summaries (plain-language sentence length). */
const CHECKED: Record<string, { summaries: string[] }> = {
  pages: { summaries: ['summary'] },
  services: { summaries: ['summary'] },
  procedures: { summaries: ['summary'] },
  events: { summaries: ['summary'] },
}

type Named = Field & { name: string }
const named = (field: Field): field is Named => 'name' in field && typeof field.name === 'string'

/** Rich text fields anywhere outside arrays and blocks (tabs and rows included). */
function richTextPaths(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'richText' && named(field)) return [field.name]
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [] : richTextPaths(tab.fields),
      )
    if (field.type === 'row' || field.type === 'collapsible') return richTextPaths(field.fields)
    return []
  })
}

/** Top-level text fields every language must have. */
const requiredLocalized = (fields: Field[]) =>
  fields
    .filter(
      (field): field is Named =>
        named(field) &&
        (field.type === 'text' || field.type === 'textarea') &&
        Boolean(field.localized) &&
        Boolean((field as { required?: boolean }).required),
    )
    .map((field) => field.name)

function uploadIds(value: unknown, ids: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => uploadIds(item, ids))
  else if (value && typeof value === 'object') {
    const node = value as { type?: string; value?: unknown; relationTo?: string }
    if (node.type === 'upload' && node.relationTo === 'media') {
      const ref = node.value
      if (typeof ref === 'string' || typeof ref === 'number') ids.add(String(ref))
    }
    Object.values(value).forEach((child) => uploadIds(child, ids))
  }
  return ids
}

/** Alternative texts of the media the rich text fields show by id, looked up once. */
async function altTextsOf(
  req: PayloadRequest,
  richText: string[],
  current: Record<string, unknown>,
) {
  const ids = new Set<string>()
  richText.forEach((path) => uploadIds(current[path], ids))
  const altById = new Map<string, string | null | undefined>()
  if (ids.size === 0) return altById
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: [...ids] } },
    locale: req.locale ?? undefined,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of docs) altById.set(String(doc.id), doc.alt)
  return altById
}

/** Required localized fields filled in the language being saved but empty in another. */
async function translationIssues(
  req: PayloadRequest,
  collection: string,
  id: number | string | undefined,
  current: Record<string, unknown>,
  translated: string[],
): Promise<PublishIssue[]> {
  // The Local API sets the locale it is given on the request it is passed: without putting
  // it back, the save itself would then write every localized field to locale "all".
  const { locale, fallbackLocale } = req
  const stored = id
    ? ((await req.payload
        .findByID({
          collection: collection as 'pages',
          id,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
        })
        .finally(() => {
          req.locale = locale
          req.fallbackLocale = fallbackLocale
        })) as unknown as Record<string, Record<string, unknown> | undefined>)
    : {}
  const byLocale = Object.fromEntries(
    translated.map((field) => [
      field,
      { ...(stored[field] ?? {}), [req.locale ?? locales[0]]: current[field] },
    ]),
  )
  return missingTranslationIssues(byLocale, translated, locales, LOCALE_LABELS)
}

function checkBeforePublish(
  richText: string[],
  summaries: string[],
  translated: string[],
): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection, context }) => {
    if (data._status !== 'published' || !req.user || context?.skipPublishChecks) return data
    const current = { ...originalDoc, ...data } as Record<string, unknown>
    const altById = await altTextsOf(req, richText, current)
    const issues: PublishIssue[] = [
      ...richText.flatMap((path) => richTextIssues(current[path], { path, altById })),
      ...summaries.flatMap((path) => longSentenceIssues(current[path], path)),
    ]
    if (translated.length > 0 && locales.length > 1) {
      issues.push(
        ...(await translationIssues(req, collection.slug, originalDoc?.id, current, translated)),
      )
    }
    // Warnings hold the publish only when the editor's panel sent its answer (see above).
    const acknowledged = data[PUBLISH_ANYWAY_FIELD]
    const overridden =
      acknowledged === undefined || (acknowledged === true && hasRole(req.user, 'editor', 'admin'))
    const held = blocking(issues, overridden)
    if (held.length > 0)
      throw new ValidationError(
        {
          collection: collection.slug,
          id: originalDoc?.id,
          errors: held.map(({ path, message }) => ({ path, message })),
          req,
        },
        req.t,
      )
    return data
  }
}

/** The editor's checks panel (sidebar) with its "publish anyway" box; never stored. */
const publishAnywayField: Field = {
  name: PUBLISH_ANYWAY_FIELD,
  label: 'Publish anyway',
  type: 'checkbox',
  virtual: true,
  admin: {
    position: 'sidebar',
    components: { Field: '@/components/admin/PublishChecksPanel#PublishChecksPanel' },
  },
}

/** Adds the checks and their panel to a collection that publishes citizen-facing text. */
export function withPublishChecks(collection: CollectionConfig): CollectionConfig {
  const settings = CHECKED[collection.slug] ?? { summaries: [] }
  const hook = checkBeforePublish(
    richTextPaths(collection.fields),
    settings.summaries,
    requiredLocalized(collection.fields),
  )
  return {
    ...collection,
    fields: [...collection.fields, publishAnywayField],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), hook],
    },
  }
}
