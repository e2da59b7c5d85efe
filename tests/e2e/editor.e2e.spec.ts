import { expect, test, type APIRequestContext } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_USERS } from '../helpers/e2eAuth'

async function publicPageText(request: APIRequestContext, path: string): Promise<string> {
  // A fresh request without the editor's cookies: what any visitor gets.
  const response = await request.get(path, { headers: { cookie: '' } })
  expect(response.status()).toBe(200)
  return response.text()
}

test('an editor saves a draft (public page unchanged), then publishes (page changes within 5 s)', async ({
  page,
  playwright,
  baseURL,
}) => {
  const visitor = await playwright.request.newContext({ baseURL })
  const list = await (await visitor.get('/api/services?limit=1&sort=title&depth=0')).json()
  const service = list.docs[0] as { id: number; slug: string }
  const publicPath = `/en/services/${service.slug}`

  await page.goto('/admin/login')
  await page.locator('#field-email').fill(DEMO_USERS.editor)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/admin\/login/)

  await page.goto(`/admin/collections/services/${service.id}`)
  const summary = page.locator('#field-summary')
  await expect(summary).toBeVisible()

  const draftText = `Draft wording ${Date.now()}`
  await summary.fill(draftText)
  await page.locator('#action-save-draft').click()
  await expect(page.getByText(/draft saved|saved successfully/i).first()).toBeVisible()
  expect(await publicPageText(visitor, publicPath)).not.toContain(draftText)

  // The signed-in editor previews the draft through draft mode; visitors still do not see it.
  await page.goto(`/next/preview?path=${encodeURIComponent(publicPath)}`)
  await expect(page).toHaveURL(new RegExp(`${publicPath}$`))
  await expect(page.getByText(draftText).first()).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /preview/i })).toBeVisible()
  expect(await publicPageText(visitor, publicPath)).not.toContain(draftText)
  await page.getByRole('link', { name: /exit preview/i }).click()
  await expect(page.getByText(draftText)).toHaveCount(0)
  await page.goto(`/admin/collections/services/${service.id}`)
  await expect(summary).toHaveValue(draftText)

  const publishedText = `Published wording ${Date.now()}`
  await summary.fill(publishedText)
  await page.locator('#action-save').click()
  await expect(page.getByText(/published|saved successfully/i).first()).toBeVisible()
  await expect
    .poll(async () => (await publicPageText(visitor, publicPath)).includes(publishedText), {
      timeout: 5_000,
      intervals: [100, 200, 250],
    })
    .toBe(true)
  await visitor.dispose()
})
