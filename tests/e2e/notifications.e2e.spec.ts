import crypto from 'node:crypto'

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// The "Notify me" page in a real browser. Headless Chromium here cannot get a real push
// subscription (no push service reachable), so the form tests stub the service worker's
// PushManager with a subscription object of the right shape: this is a UI test of the
// page, its form and the API it calls; the push protocol itself is tested in
// tests/int/pushAlerts.int.spec.ts against a local push service.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

function fakeSubscription() {
  const ecdh = crypto.createECDH('prime256v1')
  ecdh.generateKeys()
  return {
    endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${crypto.randomUUID()}`,
    keys: {
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: crypto.randomBytes(16).toString('base64url'),
    },
  }
}

async function stubPush(page: Page) {
  await page.addInitScript((sub) => {
    let current: unknown = null
    const subscription = {
      endpoint: sub.endpoint,
      toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }),
      unsubscribe: async () => {
        current = null
        return true
      },
    }
    const registration = {
      pushManager: {
        getSubscription: async () => current,
        subscribe: async () => {
          current = subscription
          return subscription
        },
      },
    }
    Object.defineProperty(navigator, 'serviceWorker', {
      value: { ready: Promise.resolve(registration) },
    })
  }, fakeSubscription())
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

const texts = {
  en: { h1: 'Notify me', unsupported: /can’t receive notifications/, on: 'Turn on notifications' },
  es: { h1: 'Avísame', unsupported: /no puede recibir avisos/, on: 'Activar avisos' },
} as const

for (const locale of ['en', 'es'] as const) {
  test.describe(`notify me (${locale})`, () => {
    test('says so when the browser cannot receive notifications', async ({ page }) => {
      await page.addInitScript(() =>
        Object.defineProperty(navigator, 'serviceWorker', { value: undefined }),
      )
      const response = await page.goto(`/${locale}/notifications`)
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts[locale].h1)
      await expect(page.getByText(texts[locale].unsupported)).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expectNoAxeViolations(page)
    })

    test('the header links to it', async ({ page }) => {
      await page.goto(`/${locale}`)
      await page.getByRole('link', { name: texts[locale].h1 }).first().click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/notifications$`))
    })

    test('subscribe, change and stop reach the API (stubbed subscription)', async ({ page }) => {
      await stubPush(page)
      await page.goto(`/${locale}/notifications`)
      const form = page.locator('form.notify')
      await form.locator('input[name="alerts"][value="matching"]').check()
      const firstDistrict = form.locator('input[name="districts"]').first()
      await firstDistrict.check()
      await expectNoAxeViolations(page)

      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/push/subscriptions')),
        form.getByRole('button', { name: texts[locale].on }).click(),
      ])
      expect(created.status()).toBe(201)
      const sent = created.request().postDataJSON()
      expect(sent).toMatchObject({
        locale,
        alerts: 'matching',
        districts: [Number(await firstDistrict.getAttribute('value'))],
      })
      expect(sent.keys.auth).toBeTruthy()
      await expect(form.getByRole('status')).not.toHaveText('')

      await form.locator('input[name="alerts"][value="severe"]').check()
      const [updated] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/push/subscriptions')),
        form.locator('button[type="submit"]').click(),
      ])
      expect(updated.status()).toBe(200)
      expect(updated.request().postDataJSON()).toMatchObject({ alerts: 'severe', districts: [] })

      const [stopped] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/push/subscriptions')),
        form.locator('button[type="button"]').last().click(),
      ])
      expect(stopped.request().method()).toBe('DELETE')
      expect(stopped.status()).toBe(204)
    })
  })
}
