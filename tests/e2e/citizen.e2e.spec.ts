import { expect, test } from '@playwright/test'

const EOFFICE = 'https://eoffice.plaza.example/'

test.describe('a citizen finds a procedure and starts it online', () => {
  test('home → top tasks → register certificate → Start online into the e-office', async ({
    page,
  }) => {
    await page.goto('/en')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page
      .getByRole('main')
      .getByRole('link', { name: /register certificate/i })
      .first()
      .click()
    await expect(page).toHaveURL(/\/en\/procedures\/register-certificate$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/register certificate/i)

    for (const section of [/requirements/i, /fees/i, /steps/i]) {
      await expect(page.getByRole('heading', { name: section }).first()).toBeVisible()
    }
    await expect(page.getByRole('main').locator('ol li').first()).toBeVisible()

    // The primary button; the online channel section repeats the link further down.
    const startOnline = page.getByRole('link', { name: /^start online$/i })
    await expect(startOnline).toBeVisible()
    const href = await startOnline.getAttribute('href')
    expect(href?.startsWith(EOFFICE), `Start online goes to ${href}`).toBe(true)
    await expect(
      page.getByText(/digital certificate|username and password|no identification/i).first(),
    ).toBeVisible()
  })

  test('the A–Z list leads to every procedure', async ({ page }) => {
    await page.goto('/en/procedures')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const links = page.getByRole('main').locator('a[href^="/en/procedures/"]')
    expect(await links.count()).toBeGreaterThanOrEqual(15)
    await page
      .getByRole('main')
      .getByRole('link', { name: /traffic fine/i })
      .first()
      .click()
    await expect(page).toHaveURL(/\/en\/procedures\/traffic-fine-/)
  })

  test('a topic page lists its procedures', async ({ page }) => {
    await page.goto('/en')
    await page.getByRole('main').locator('a[href^="/en/topics/"]').first().click()
    await expect(page).toHaveURL(/\/en\/topics\//)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const items = page
      .getByRole('main')
      .locator('a[href^="/en/procedures/"], a[href^="/en/services/"]')
    expect(await items.count()).toBeGreaterThan(0)
  })

  test('switching language keeps the visitor on the same page', async ({ page }) => {
    await page.goto('/en/procedures/register-certificate')
    const englishTitle = await page.getByRole('heading', { level: 1 }).textContent()
    await page.locator('a[hreflang="es"]').first().click()
    await expect(page).toHaveURL(/\/es\/procedures\/register-certificate$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'es')
    const spanishTitle = await page.getByRole('heading', { level: 1 }).textContent()
    expect(spanishTitle).not.toBe(englishTitle)
    await expect(
      page.getByRole('link', { name: /^(tramitar|iniciar|empezar) en línea$/i }),
    ).toBeVisible()
    await page.locator('a[hreflang="en"]').first().click()
    await expect(page).toHaveURL(/\/en\/procedures\/register-certificate$/)
  })

  test('a service page shows its locations, hours and accessibility', async ({ page }) => {
    await page.goto('/en/services')
    // A service from the directory list (the page also links to /services/near).
    await page.getByRole('main').locator('.content-list a[href^="/en/services/"]').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const main = page.getByRole('main')
    await expect(main.getByText(/opening hours/i).first()).toBeVisible()
    await expect(main.getByText(/accessib/i).first()).toBeVisible()
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
    expect(jsonLd.join('\n')).toContain('GovernmentService')
  })

  test('pages work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/es/procedures/register-certificate')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.locator('a[hreflang="en"]').first().click()
    await expect(page).toHaveURL(/\/en\/procedures\/register-certificate$/)
    await context.close()
  })
})
