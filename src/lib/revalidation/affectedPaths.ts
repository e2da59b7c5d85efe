// Which public paths show a document, so that publishing refreshes exactly those pages.
// Pure: the hooks pass the document before and after the change.
import {
  agendaFeeds,
  capPaths,
  documentPath,
  localePath,
  paths,
  sectionPath,
} from '@/lib/content/paths'
import { locales as siteLocales } from '@/lib/i18n/locales'

import { TAGS } from './tags'

export type RevalidationTarget =
  | { kind: 'path'; path: string }
  | { kind: 'layout'; path: string }
  | { kind: 'page-pattern'; path: string }
  /** A cache tag of data shared by many paths (src/lib/revalidation/tags.ts). */
  | { kind: 'tag'; tag: string }

export type ContentKind =
  'services' | 'procedures' | 'pages' | 'topics' | 'departments' | 'districts' | 'events' | 'alerts'

interface DocLike {
  id?: number | string | null
  slug?: string | null
  _status?: string | null
  topics?: unknown
}

function topicSlugs(doc: DocLike | null | undefined): string[] {
  if (!doc || !Array.isArray(doc.topics)) return []
  return doc.topics
    .map((topic) =>
      topic && typeof topic === 'object' && 'slug' in topic ? (topic as DocLike).slug : null,
    )
    .filter((slug): slug is string => typeof slug === 'string' && slug.length > 0)
}

/**
 * Every path a change to `doc` can alter, the old page included after a slug change or
 * unpublish. Topics and departments show on many pages, so they refresh the whole layout.
 */
export function affectedPaths(
  kind: ContentKind,
  doc: DocLike | null,
  previousDoc: DocLike | null,
  locales: string[] = siteLocales,
): RevalidationTarget[] {
  if (kind === 'topics' || kind === 'departments' || kind === 'districts') {
    return [
      { kind: 'layout', path: '/' },
      { kind: 'path', path: '/sitemap.xml' },
    ]
  }
  const targets = new Map<string, RevalidationTarget>()
  const add = (target: RevalidationTarget) =>
    targets.set(`${target.kind}:${'tag' in target ? target.tag : target.path}`, target)
  const slugs = new Set(
    [doc?.slug, previousDoc?.slug].filter(
      (slug): slug is string => typeof slug === 'string' && !!slug,
    ),
  )
  const topics = new Set([...topicSlugs(doc), ...topicSlugs(previousDoc)])
  const section = sectionPath(kind)
  const at = (locale: string, path: string) => add({ kind: 'path', path: localePath(locale, path) })
  for (const locale of locales) {
    for (const slug of slugs) at(locale, documentPath(kind, slug) ?? paths.home())
    if (section) at(locale, section)
    at(locale, paths.home())
    for (const topic of topics) at(locale, paths.topic(topic))
  }
  if (kind === 'events') {
    // The agenda list, its feeds and home's "upcoming" block read one cached list of
    // events: the tag refreshes it; the paths refresh what was rendered from it.
    add({ kind: 'tag', tag: TAGS.agendaEvents })
    for (const locale of locales) {
      at(locale, agendaFeeds.all())
      at(locale, agendaFeeds.rss())
      for (const slug of slugs) at(locale, agendaFeeds.event(slug))
      for (const topic of topics) at(locale, agendaFeeds.topic(topic))
    }
  }
  if (kind === 'alerts') {
    // The banner is on every page; the feeds are route handlers of their own.
    add({ kind: 'layout', path: '/' })
    for (const locale of locales) {
      at(locale, paths.alertsRss())
      at(locale, paths.alertsAtom())
    }
    add({ kind: 'path', path: capPaths.index() })
    const id = doc?.id ?? previousDoc?.id
    if (id !== undefined && id !== null) add({ kind: 'path', path: capPaths.alert(id) })
  }
  if (kind === 'procedures' || kind === 'services') {
    // Related procedures and in-person locations link across detail pages.
    add({ kind: 'page-pattern', path: `/[locale]${section}/[slug]` })
  }
  add({ kind: 'path', path: '/sitemap.xml' })
  return [...targets.values()]
}
