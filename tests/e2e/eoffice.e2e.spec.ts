import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { signWebhook } from '../../src/lib/eoffice/webhook'
import { EOFFICE_HOST } from '../../src/lib/seed/data/site'
import { baseURL, eofficeE2E } from '../../playwright.config'
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidcProvider'

// "Connect my electronic office" in the browser: the connect page, the real sign-in against
// a local OpenID Connect provider (its login step signs in a fixed account), a signed
// webhook message appearing in the inbox, and disconnect. The inbox is private: no-store,
// noindex (header and meta), not in the sitemap; axe finds nothing, in both languages.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SUB = 'citizen-e2e-8c1d'

let idp: TestOidcProvider

test.beforeAll(async () => {
  idp = await startOidcProvider({
    redirectUri: `${baseURL}/api/eoffice/callback`,
    sub: SUB,
    port: Number(new URL(eofficeE2E.issuer).port),
    clientId: eofficeE2E.clientId,
    clientSecret: eofficeE2E.clientSecret,
  })
})

test.afterAll(async () => {
  await idp?.close()
})

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

async function expectPrivate(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  const headers = response!.headers()
  expect(headers['cache-control']).toContain('no-store')
  expect(headers['cache-control']).toContain('private')
  expect(headers['x-robots-tag']).toContain('noindex')
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
}

for (const locale of ['en', 'es']) {
  test(`connect page (${locale}): private, accessible, starts sign-in`, async ({ page }) => {
    await expectPrivate(page, `/${locale}/my/notifications`)
    const connect = page.locator('#main').getByRole('link', {
      name: locale === 'en' ? 'Connect my electronic office' : 'Conectar mi sede electrónica',
    })
    await expect(connect).toHaveAttribute('href', `/api/eoffice/login?locale=${locale}`)
    await expectNoAxeViolations(page)
    // The header links here from every page.
    await page.goto(`/${locale}`)
    await expect(
      page.getByRole('link', {
        name: locale === 'en' ? 'My e-office' : 'Mi sede electrónica',
        exact: true,
      }),
    ).toHaveAttribute('href', `/${locale}/my/notifications`)
  })
}

test('sign in through the identity provider, receive a notice, disconnect', async ({
  page,
  request,
}) => {
  await page.goto('/en/my/notifications')
  await page.locator('#main').getByRole('link', { name: 'Connect my electronic office' }).click()
  await expect(page).toHaveURL(`${baseURL}/en/my/notifications`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My e-office notifications')
  const session = (await page.context().cookies()).find((c) => c.name === 'plaza_citizen')
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  // Without a push subscription on this browser, the device part says what to do.
  await expect(page.getByText('First turn on notifications on this device')).toBeVisible()

  // The electronic office sends the citizen a message (signed webhook).
  const messageId = `e2e-${Date.now()}`
  const body = JSON.stringify({
    messageId,
    recipientRef: SUB,
    subject: 'Your residence certificate is ready',
    url: `https://${EOFFICE_HOST}/inbox/${messageId}`,
    sentAt: new Date().toISOString(),
    category: 'certificates',
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  const posted = await request.post('/api/eoffice/messages', {
    headers: {
      'content-type': 'application/json',
      'x-plaza-timestamp': timestamp,
      'x-plaza-signature': signWebhook(eofficeE2E.webhookSecret, timestamp, body),
    },
    data: body,
  })
  expect(posted.status()).toBe(202)

  await expectPrivate(page, '/en/my/notifications')
  const notice = page.getByRole('link', { name: 'Your residence certificate is ready' })
  await expect(notice).toHaveAttribute('href', `https://${EOFFICE_HOST}/inbox/${messageId}`)
  await expect(page.getByText('Category: certificates')).toBeVisible()
  await expectNoAxeViolations(page)
  await expectPrivate(page, '/es/my/notifications')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Mis avisos de la sede electrónica',
  )
  await expectNoAxeViolations(page)

  // The sitemap never lists the private inbox.
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).not.toContain('/my/')

  await page.getByRole('button', { name: 'Desconectar mi sede electrónica' }).click()
  await expect(page).toHaveURL(`${baseURL}/es/my/notifications?disconnected=1`)
  await expect(page.getByText('Su sede electrónica está desconectada')).toBeVisible()
  expect((await page.context().cookies()).some((c) => c.name === 'plaza_citizen')).toBe(false)
  await page.goto('/es/my/notifications')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conectar mi sede electrónica')
})
