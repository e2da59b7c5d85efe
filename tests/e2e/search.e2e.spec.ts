import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { loginToken } from '../helpers/e2eAuth'

// Search as a citizen uses it (header box → results page), with and without JavaScript,
// and as an editor sees it (publish → findable; unpublish → gone).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function searchFromHeader(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}`)
  const box = page.getByRole('search').first().getByRole('searchbox')
  await box.fill(query)
  await box.press('Enter')
  await page.waitForURL(new RegExp(`/${locale}/search\\?q=`))
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`search journey (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, () => {
    test.use({ javaScriptEnabled })

    test('a typo still finds the procedure, with the words marked', async ({ page }) => {
      await searchFromHeader(page, 'en', 'certficate')
      const results = page.locator('.search-results__list')
      await expect(results.getByRole('link', { name: 'Register certificate' })).toBeVisible()
      await expect(results.locator('mark').first()).toHaveText(/certificate/i)
      await results.getByRole('link', { name: 'Register certificate' }).click()
      await expect(page).toHaveURL(/\/en\/procedures\/register-certificate$/)
    })

    test('"pay fine" finds the fine payment first, and the type filter narrows', async ({
      page,
    }) => {
      await searchFromHeader(page, 'en', 'pay fine')
      const first = page.locator('.search-results__hit').first()
      await expect(first.getByRole('link')).toHaveText('Pay a traffic fine')
      await page
        .getByRole('navigation', { name: 'Show results of type' })
        .getByRole('link', { name: /^Procedures/ })
        .click()
      await expect(page).toHaveURL(/type=procedure/)
      const types = await page.locator('.search-results__type').allTextContents()
      expect(types.length).toBeGreaterThan(0)
      expect(new Set(types)).toEqual(new Set(['Procedures']))
    })

    test('Spanish search links to Spanish pages', async ({ page }) => {
      await searchFromHeader(page, 'es', 'empadronamiento')
      const link = page
        .locator('.search-results__list')
        .getByRole('link', { name: 'Certificado de empadronamiento' })
      await expect(link).toHaveAttribute('href', '/es/procedures/register-certificate')
    })

    test('nothing found says so and offers the A–Z', async ({ page }) => {
      await searchFromHeader(page, 'en', 'zzyzx qwrtp')
      await expect(page.getByText('Nothing matches “zzyzx qwrtp”')).toBeVisible()
      await expect(
        page.getByRole('link', { name: 'Browse all procedures from A to Z' }),
      ).toHaveAttribute('href', '/en/procedures')
    })
  })
}

test('a published procedure is findable within seconds; unpublished, it is gone', async ({
  request,
}) => {
  const token = await loginToken(request, 'editor')
  const headers = { Authorization: `JWT ${token}` }
  const slug = `e2e-search-${Date.now()}`
  const created = await request.post('/api/procedures', {
    headers,
    data: {
      title: 'Beekeeping hive registration',
      slug,
      summary: 'Register your beehives with the city.',
      steps: [{ title: 'Apply' }],
      _status: 'published',
    },
  })
  expect(created.status(), await created.text()).toBe(201)
  const id = (await created.json()).doc.id
  const titles = async () =>
    (
      (await (await request.get('/api/search?q=beekeeping&locale=en')).json()) as {
        hits: { title: string }[]
      }
    ).hits.map((h) => h.title)
  await expect.poll(titles, { timeout: 5000 }).toEqual(['Beekeeping hive registration'])
  const unpublished = await request.patch(`/api/procedures/${id}`, {
    headers,
    data: { _status: 'draft' },
  })
  expect(unpublished.ok()).toBe(true)
  await expect.poll(titles, { timeout: 5000 }).toEqual([])
  await request.delete(`/api/procedures/${id}`, { headers })
})

test('the search API refuses bad parameters with a clear 400', async ({ request }) => {
  const cases: [string, string][] = [
    ['/api/search?locale=en', 'Give a search query in "q".'],
    ['/api/search?q=x&locale=xx', 'Unknown "locale".'],
    ['/api/search?q=x&locale=en&limit=1000', '"limit" must be at most 50.'],
    [`/api/search?q=${'a'.repeat(300)}&locale=en`, 'The query must be at most 200 characters.'],
    ['/api/search?q=x&locale=en&depth=5', 'Unknown parameter "depth".'],
  ]
  for (const [url, error] of cases) {
    const response = await request.get(url)
    expect(response.status(), url).toBe(400)
    expect(await response.json()).toEqual({ error })
  }
  const ok = await request.get('/api/search?q=library&locale=en&type=service&limit=3')
  expect(ok.status()).toBe(200)
  const body = await ok.json()
  expect(body.hits.length).toBeGreaterThan(0)
  expect(body.hits.length).toBeLessThanOrEqual(3)
  expect(body.hits.every((h: { type: string }) => h.type === 'service')).toBe(true)
})

for (const [locale, query] of [
  ['en', 'certificate'],
  ['es', 'certificado'],
]) {
  test(`search results page has no axe violations (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/search?q=${query}`)
    expect(response?.status()).toBe(200)
    await expect(page.locator('.search-results__hit').first()).toBeVisible()
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}
