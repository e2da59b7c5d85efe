import { expect, test, type APIRequestContext } from '@playwright/test'

import { schemaOrgProblems } from '../helpers/schemaOrgVocabulary'

// The schema.org JSON-LD of every public page template, as the production build serves
// it on the seeded demo city, checked against the schema.org vocabulary (release 30.0)
// and Google's required properties for Event and BreadcrumbList
// (tests/helpers/schemaOrgVocabulary.ts). Plain HTTP: no browser needed.

const JSON_LD = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g

async function html(request: APIRequestContext, path: string): Promise<string> {
  const answer = await request.get(path)
  expect(answer.status(), path).toBeLessThan(500)
  return answer.text()
}

/** The first detail page linked from a list page: /en/services → /en/services/library. */
async function firstLink(request: APIRequestContext, list: string, prefix: string) {
  const page = await html(request, list)
  const escaped = prefix.replace(/[/]/g, '\\/')
  const match = new RegExp(`href="(${escaped}/(?!near")[^"?#/]+)"`).exec(page)
  expect(match, `a link to ${prefix}/… on ${list}`).not.toBeNull()
  return match![1]
}

function jsonLdOf(page: string): unknown[] {
  return [...page.matchAll(JSON_LD)].map((m) => JSON.parse(m[1]))
}

for (const locale of ['en', 'es']) {
  test(`every page template's schema.org JSON-LD uses real terms and what Google requires (${locale})`, async ({
    request,
  }) => {
    test.setTimeout(120_000)
    const l = `/${locale}`
    const line = await firstLink(request, `${l}/transit`, `${l}/transit/lines`)
    const pages = [
      l,
      `${l}/services`,
      await firstLink(request, `${l}/services`, `${l}/services`),
      `${l}/services/near`,
      `${l}/procedures`,
      await firstLink(request, `${l}/procedures`, `${l}/procedures`),
      `${l}/agenda`,
      await firstLink(request, `${l}/agenda`, `${l}/agenda`),
      `${l}/topics`,
      await firstLink(request, `${l}/topics`, `${l}/topics`),
      `${l}/alerts`,
      await firstLink(request, `${l}/alerts`, `${l}/alerts`),
      `${l}/about`,
      `${l}/transit`,
      line,
      await firstLink(request, line, `${l}/transit/stops`),
      `${l}/search?q=library`,
      `${l}/open-data`,
      `${l}/notifications`,
      `${l}/saved`,
      `${l}/offline`,
      `${l}/no-such-page-here`,
    ]
    const seen = new Set<string>()
    let documents = 0
    for (const path of pages) {
      for (const document of jsonLdOf(await html(request, path))) {
        expect(schemaOrgProblems(document as never), path).toEqual([])
        for (const node of [document].flat() as Array<{ '@type': string }>) seen.add(node['@type'])
        documents++
      }
    }
    // The rich results Plaza offers: each template kind really emitted its JSON-LD.
    expect([...seen].sort()).toEqual(['BreadcrumbList', 'Event', 'GovernmentService'])
    console.log(
      `schema.org JSON-LD (${locale}): ${documents} documents on ${pages.length} pages, 0 problems`,
    )
  })
}
