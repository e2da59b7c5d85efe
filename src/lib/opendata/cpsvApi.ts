// The procedures as CPSV-AP JSON-LD, anonymous reads only (never drafts, whatever the query
// asks), so route handlers stay one-liners and tests call exactly what they serve.
import type { Payload } from 'payload'

import { readEOfficeSettings } from '@/lib/eoffice/readEOfficeSettings'
import { buildStartOnlineUrl } from '@/lib/eoffice/startOnline'
import { localePath, paths } from '@/lib/content/paths'
import { isLocale, locales } from '@/lib/i18n/locales'

import { procedureToCpsv, type CpsvProcedure } from './cpsv'
import { cpsvDocument, cpsvSharedNodes } from './cpsvVocabulary'
import type { OpenDataAnswer } from './openDataHttp'

export const CPSV_CATALOGUE_PATH = '/api/open-data/cpsv'
export const JSON_LD_TYPE = 'application/ld+json; charset=utf-8'

const SLUG = /^[a-z0-9-]{1,120}$/

const notFound = (error: string): OpenDataAnswer => ({ status: 404, body: { error } })

/** `slug` null: every published procedure in one document. */
export async function cpsvAnswer(
  payload: Payload,
  { locale, slug }: { locale: string; slug: string | null },
  serverUrl: string,
): Promise<OpenDataAnswer> {
  if (!isLocale(locale))
    return slug === null
      ? { status: 400, body: { error: `locale must be one of: ${locales.join(', ')}.` } }
      : notFound('No such language.')
  if (slug !== null && !SLUG.test(slug)) return notFound('No procedure at this address.')
  const [procedures, settings, eOffice] = await Promise.all([
    payload.find({
      collection: 'procedures',
      locale: locale as 'en',
      draft: false,
      overrideAccess: false,
      pagination: false,
      depth: 1,
      sort: 'slug',
      ...(slug !== null ? { where: { slug: { equals: slug } } } : {}),
      select: { internalNotes: false, body: false, steps: false, relatedProcedures: false },
      populate: {
        topics: { title: true, slug: true },
        departments: { title: true, slug: true },
        services: { title: true, slug: true, locations: true },
      },
    }),
    payload.findGlobal({
      slug: 'site-settings',
      locale: locale as 'en',
      depth: 0,
      overrideAccess: false,
    }),
    readEOfficeSettings(payload),
  ])
  if (slug !== null && procedures.docs.length === 0)
    return notFound('No published procedure at this address.')
  const base = { locale, serverUrl, cityName: settings.cityName }
  const nodes = procedures.docs.flatMap((procedure) => {
    const online = procedure.online?.enabled
      ? buildStartOnlineUrl(procedure.online.transactionPath ?? '', eOffice)
      : null
    return procedureToCpsv(procedure as CpsvProcedure, {
      ...base,
      pageUrl: `${serverUrl}${localePath(locale, paths.procedure(procedure.slug))}`,
      startOnlineUrl: online?.ok ? online.url : null,
    })
  })
  const stamps = [...procedures.docs, settings].map((doc) => new Date(doc.updatedAt ?? 0).getTime())
  return {
    status: 200,
    body: cpsvDocument([...nodes, ...cpsvSharedNodes(base)]),
    lastModified: new Date(Math.max(0, ...stamps.filter(Number.isFinite))),
    contentType: JSON_LD_TYPE,
  }
}
