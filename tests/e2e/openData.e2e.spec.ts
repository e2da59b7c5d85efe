import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

// The open data a consumer finds from the site's footer, served by the production build.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

for (const [locale, label, licence] of [
  ['en', 'Open data', 'CC BY 4.0'],
  ['es', 'Datos abiertos', 'CC BY 4.0'],
] as const) {
  test(`the footer leads to the Open data page with its licence and addresses (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}`)
    await page.locator('footer').getByRole('link', { name: label }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/open-data$`))
    await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible()
    await expect(page.locator('a[rel="license"]')).toContainText(licence)
    await expect(page.getByText('/api/open-data/hsds/services').first()).toBeVisible()
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
  })
}

test('the HSDS API answers cross-origin, with validators and 304s, behind next start', async ({
  request,
}) => {
  const first = await request.get('/api/open-data/hsds/services?per_page=5', {
    headers: { origin: 'https://directory.example' },
  })
  expect(first.status()).toBe(200)
  const headers = first.headers()
  expect(headers['access-control-allow-origin']).toBe('*')
  expect(headers.etag).toBeTruthy()
  expect(headers['last-modified']).toBeTruthy()
  const body = await first.json()
  expect(body).toMatchObject({ page_number: 1, size: 5, first_page: true })
  const again = await request.get('/api/open-data/hsds/services?per_page=5', {
    headers: { 'if-none-match': headers.etag },
  })
  expect(again.status()).toBe(304)
})

test('the first open-data address redirects to the HSDS API', async ({ request }) => {
  const redirect = await request.get('/api/open-data/services.json', { maxRedirects: 0 })
  expect(redirect.status()).toBe(308)
  const followed = await request.get('/api/open-data/services.json')
  expect(followed.status()).toBe(200)
  const body = await followed.json()
  expect(body.total_items).toBeGreaterThan(30)
  expect(body.contents[0].service_at_locations[0].schedules.length).toBeGreaterThan(0)
})

test('the Open data page links the procedures as CPSV-AP JSON-LD, served beside each page', async ({
  page,
  request,
}) => {
  await page.goto('/es/open-data')
  const catalogueLink = page.locator('a[href^="/api/open-data/cpsv"]')
  await expect(catalogueLink).toHaveAttribute('href', '/api/open-data/cpsv?locale=es')
  const catalogue = await request.get('/api/open-data/cpsv?locale=es')
  expect(catalogue.status()).toBe(200)
  expect(catalogue.headers()['content-type']).toBe('application/ld+json; charset=utf-8')
  const graph: Array<{ '@type': string; 'rdfs:seeAlso'?: { '@id': string } }> = (
    await catalogue.json()
  )['@graph']
  const service = graph.find((node) => node['@type'] === 'cpsv:PublicService')!
  // The document of one procedure sits at its page's address followed by .jsonld.
  const pageUrl = new URL(service['rdfs:seeAlso']!['@id']).pathname
  const one = await request.get(`${pageUrl}.jsonld`, { headers: { origin: 'https://eu.example' } })
  expect(one.status()).toBe(200)
  expect(one.headers()['access-control-allow-origin']).toBe('*')
  expect((await one.json())['@graph'][0]['@type']).toBe('cpsv:PublicService')
  const again = await request.get(`${pageUrl}.jsonld`, {
    headers: { 'if-none-match': one.headers().etag },
  })
  expect(again.status()).toBe(304)
  // The page itself is untouched by the rewrite.
  const html = await request.get(pageUrl)
  expect(html.headers()['content-type']).toMatch(/text\/html/)
  expect((await request.get('/es/procedures/no-such-procedure.jsonld')).status()).toBe(404)
})
