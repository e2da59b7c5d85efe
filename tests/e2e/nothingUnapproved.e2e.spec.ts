import { expect, test, type APIRequestContext } from '@playwright/test'

import { loginToken } from '../helpers/e2eAuth'
import { PUBLIC_COLLECTIONS, sampleDoc, type PublicCollection } from '../helpers/sampleDocs'

// docs/SECURITY.md: nothing unapproved is ever public. An editor writes, for
// every public collection, a draft, and a published document whose newer draft carries
// unapproved text; plus published Test and Exercise alerts and internal notes on published
// documents. Then an anonymous visitor walks every public channel and must find none of it.
const RUN = Date.now().toString(36)
const MARK = `leakcheck${RUN}` // in slugs and titles of everything that must stay private
const NOTE = `internalnote${RUN}` // in internal notes of published documents

const GRAPHQL_LISTS: Record<PublicCollection, string> = {
  services: 'Services',
  procedures: 'Procedures',
  events: 'Events',
  alerts: 'Alerts',
  pages: 'Pages',
  topics: 'Topics',
  departments: 'Departments',
  districts: 'Districts',
}
const TITLE_FIELD: Partial<Record<PublicCollection, string>> = {
  alerts: 'headline',
  districts: 'name',
}
const WITH_NOTES: PublicCollection[] = ['services', 'procedures', 'events', 'alerts']

const privateSlugs: { collection: PublicCollection; slug: string; id: number | string }[] = []
const publishedWithDraft: { collection: PublicCollection; slug: string }[] = []
const testAlerts: { id: number | string; slug: string }[] = []

function liveAlert(overrides: Record<string, unknown>) {
  const now = Date.now()
  return {
    ...sampleDoc('alerts'),
    onset: new Date(now - 3_600_000).toISOString(),
    expires: new Date(now + 86_400_000).toISOString(),
    ...overrides,
  }
}

async function post(
  request: APIRequestContext,
  token: string,
  path: string,
  data: Record<string, unknown>,
) {
  const response = await request.post(path, { headers: { Authorization: `JWT ${token}` }, data })
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201)
  return ((await response.json()) as { doc: { id: number | string; slug: string } }).doc
}

test.beforeAll(async ({ request }) => {
  const token = await loginToken(request, 'editor')
  for (const collection of PUBLIC_COLLECTIONS) {
    const titleField = TITLE_FIELD[collection] ?? 'title'
    // 1. A draft, never published.
    const draftSlug = `${MARK}-draft-${collection}`
    const draft = await post(request, token, `/api/${collection}?draft=true`, {
      ...(collection === 'alerts' ? liveAlert({}) : sampleDoc(collection)),
      slug: draftSlug,
      [titleField]: `Unapproved ${MARK} ${collection}`,
      _status: 'draft',
    })
    privateSlugs.push({ collection, slug: draftSlug, id: draft.id })
    // 2. A published document, with internal notes, then a newer draft with unapproved text.
    const publishedSlug = `approved${RUN}-${collection}`
    const published = await post(request, token, `/api/${collection}`, {
      ...(collection === 'alerts' ? liveAlert({}) : sampleDoc(collection)),
      slug: publishedSlug,
      [titleField]: `Approved ${RUN} ${collection}`,
      ...(WITH_NOTES.includes(collection) ? { internalNotes: NOTE } : {}),
      _status: 'published',
    })
    const patch = await request.patch(`/api/${collection}/${published.id}?draft=true`, {
      headers: { Authorization: `JWT ${token}` },
      data: { [titleField]: `Unapproved ${MARK} change`, _status: 'draft' },
    })
    expect(patch.status(), await patch.text()).toBe(200)
    publishedWithDraft.push({ collection, slug: publishedSlug })
  }
  // 3. Published alerts that are not real: CAP Test and Exercise.
  for (const status of ['Test', 'Exercise']) {
    const slug = `${MARK}-${status.toLowerCase()}-alert`
    const alert = await post(request, token, '/api/alerts', {
      ...liveAlert({ status }),
      slug,
      headline: `${status} ${MARK}`,
      _status: 'published',
    })
    testAlerts.push({ id: alert.id, slug })
  }
})

function expectClean(channel: string, body: string) {
  // Pages echo their own URL (Next's router state), so where the path carries a private
  // slug, look for the private titles (" <MARK>" after a word) rather than the bare mark.
  const needle = channel.includes(MARK) ? ` ${MARK}` : MARK
  expect(body, `${channel} shows unapproved content`).not.toContain(needle)
  expect(body, `${channel} shows internal notes`).not.toContain(NOTE)
}

async function walk(request: APIRequestContext, paths: string[], okStatuses = [200]) {
  for (const path of paths) {
    const response = await request.get(path)
    expect(okStatuses, `${path} answered ${response.status()}`).toContain(response.status())
    expectClean(path, await response.text())
  }
}

test.describe('an anonymous visitor finds nothing unapproved', () => {
  test('REST: lists, ?draft=true, status filters, depth, versions, by id', async ({ request }) => {
    for (const collection of PUBLIC_COLLECTIONS) {
      await walk(request, [
        `/api/${collection}?limit=100`,
        `/api/${collection}?limit=100&draft=true`,
        `/api/${collection}?limit=100&depth=3&draft=true&locale=all`,
        `/api/${collection}?where[_status][equals]=draft&draft=true`,
        `/api/${collection}?where[slug][like]=${MARK}&draft=true`,
      ])
      if (collection === 'alerts')
        await walk(request, [`/api/alerts?where[status][not_equals]=Actual&draft=true`])
      await walk(request, [`/api/${collection}/versions?limit=100`], [401, 403])
      for (const doc of privateSlugs.filter((d) => d.collection === collection))
        await walk(request, [`/api/${doc.collection}/${doc.id}?draft=true`], [403, 404])
    }
    for (const alert of testAlerts) await walk(request, [`/api/alerts/${alert.id}`], [403, 404])
  })

  test('GraphQL, with drafts asked for', async ({ request }) => {
    for (const collection of PUBLIC_COLLECTIONS) {
      const query = `{ ${GRAPHQL_LISTS[collection]}(draft: true, limit: 100) { docs { id slug } } }`
      const response = await request.post('/api/graphql', { data: { query } })
      expect(response.status()).toBeLessThan(500)
      expectClean(`GraphQL ${collection}`, await response.text())
    }
  })

  test('pages: lists, details, search, in both languages', async ({ request }) => {
    for (const locale of ['en', 'es']) {
      await walk(request, [
        `/${locale}`,
        `/${locale}/services`,
        `/${locale}/procedures`,
        `/${locale}/agenda`,
        `/${locale}/alerts`,
        `/${locale}/topics`,
        `/${locale}/transit`,
        `/${locale}/services/near?lat=39.4699&lng=-0.3763`,
        // Searched by words of the private titles and notes (the page echoes the query, so
        // never by the marker itself).
        `/${locale}/search?q=unapproved`,
        `/${locale}/search?q=internalnote`,
        `/${locale}/search?q=test`,
      ])
      const detail: Partial<Record<PublicCollection, string>> = {
        services: 'services',
        procedures: 'procedures',
        events: 'agenda',
        alerts: 'alerts',
        topics: 'topics',
      }
      for (const doc of privateSlugs) {
        const section = detail[doc.collection]
        const path = section ? `/${locale}/${section}/${doc.slug}` : `/${locale}/${doc.slug}`
        await walk(request, [path], [404])
      }
      for (const doc of publishedWithDraft) {
        const section = detail[doc.collection]
        if (!section && doc.collection !== 'pages') continue
        await walk(request, [
          section ? `/${locale}/${section}/${doc.slug}` : `/${locale}/${doc.slug}`,
        ])
      }
      for (const alert of testAlerts)
        await walk(request, [`/${locale}/alerts/${alert.slug}`], [404])
    }
  })

  test('sitemap, feeds (RSS, Atom, CAP, iCalendar) and public JSON APIs', async ({ request }) => {
    await walk(request, [
      '/sitemap.xml',
      '/robots.txt',
      '/alerts/cap.atom',
      '/api/search?q=unapproved&locale=en',
      '/api/search?q=unapproved&locale=es',
      '/api/search?q=internalnote&locale=en',
      '/api/search?q=exercise&locale=en',
      '/api/nearby?lat=39.4699&lng=-0.3763',
      '/api/open-data/hsds/services?full=true&per_page=1000',
      '/api/open-data/hsds/services?full=true&per_page=1000&locale=es',
      '/api/open-data/hsds/service_at_locations?per_page=1000',
      '/api/open-data/hsds/organizations?full_service=true',
      '/api/transit/lines',
    ])
    for (const locale of ['en', 'es'])
      await walk(request, [
        `/${locale}/alerts/rss.xml`,
        `/${locale}/alerts/atom.xml`,
        `/${locale}/agenda.ics`,
        `/${locale}/agenda/rss.xml`,
      ])
    for (const alert of testAlerts) await walk(request, [`/alerts/${alert.id}.cap.xml`], [404])
    const draftEvent = privateSlugs.find((d) => d.collection === 'events')!
    await walk(request, [`/en/agenda/${draftEvent.slug}.ics`], [404])
  })
})
