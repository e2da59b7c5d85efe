// Public paths, kept without their locale for the language switch and hreflang; they must match
// what publishing revalidates (src/lib/revalidation/affectedPaths.ts).
import { isLocale } from '@/lib/i18n/locales'

export const paths = {
  home: () => '',
  services: () => '/services',
  service: (slug: string) => `/services/${slug}`,
  servicesNear: () => '/services/near',
  procedures: () => '/procedures',
  procedure: (slug: string) => `/procedures/${slug}`,
  topics: () => '/topics',
  topic: (slug: string) => `/topics/${slug}`,
  page: (slug: string) => `/${slug}`,
  events: () => '/agenda',
  event: (slug: string) => `/agenda/${slug}`,
  alerts: () => '/alerts',
  alert: (slug: string) => `/alerts/${slug}`,
  search: () => '/search',
  openData: () => '/open-data',
  alertsRss: () => '/alerts/rss.xml',
  alertsAtom: () => '/alerts/atom.xml',
  transit: () => '/transit',
  myNotifications: () => '/my/notifications',
}

/** The agenda's calendar and news feeds (locale-less, like `paths`). */
export const agendaFeeds = {
  all: () => '/agenda.ics',
  rss: () => '/agenda/rss.xml',
  topic: (slug: string) => `/agenda/topics/${slug}.ics`,
  event: (slug: string) => `/agenda/${slug}.ics`,
}

/** Locale-less feeds: CAP documents carry every language in one message. */
export const capPaths = {
  index: () => '/alerts/cap.atom',
  alert: (id: number | string) => `/alerts/${id}.cap.xml`,
}

/** The locale-less path of a document's own page, by collection; null when it has none. */
export function documentPath(collection: string, slug: string): string | null {
  switch (collection) {
    case 'services':
      return paths.service(slug)
    case 'procedures':
      return paths.procedure(slug)
    case 'topics':
      return paths.topic(slug)
    case 'pages':
      return paths.page(slug)
    case 'events':
      return paths.event(slug)
    case 'alerts':
      return paths.alert(slug)
    default:
      return null
  }
}

/** The locale-less path of a collection's list page; null when it has none. */
export function sectionPath(collection: string): string | null {
  switch (collection) {
    case 'services':
      return paths.services()
    case 'procedures':
      return paths.procedures()
    case 'topics':
      return paths.topics()
    case 'events':
      return paths.events()
    case 'alerts':
      return paths.alerts()
    default:
      return null
  }
}

/** `/es` + `/services` → `/es/services`. */
export function localePath(locale: string, path: string): string {
  return `/${locale}${path === '/' ? '' : path}`
}

/**
 * An editor's navigation link: site paths are written without the language and get the
 * current one (a language already present is replaced); full URLs are kept as they are.
 */
export function localizedHref(locale: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href
  const [first, ...rest] = href.slice(1).split('/')
  const path = isLocale(first) ? `/${rest.join('/')}` : href
  return localePath(locale, path.replace(/\/$/, ''))
}
