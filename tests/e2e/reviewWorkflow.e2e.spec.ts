// The review workflow in the real admin (collections/ReviewRequests): a contributor asks for
// review from the document's Review box, the editor finds it on the dashboard and approves
// (the page goes live) or sends it back with a comment the contributor then reads. Axe checks
// the dashboard's own part of the admin home page.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Page } from '@playwright/test'

import { DEMO_PASSWORD, DEMO_USERS, loginToken } from '../helpers/e2eAuth'

// Three admin sign-ins and several admin pages per test: more than the default minute when
// the machine is busy.
test.describe.configure({ timeout: 180_000 })

async function signIn(browser: Browser, role: keyof typeof DEMO_USERS): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(DEMO_USERS[role])
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
  return page
}

/** A contributor's draft page, saved over REST as the admin would. */
async function contributorDraft(request: import('@playwright/test').APIRequestContext) {
  const token = await loginToken(request, 'contributor')
  const slug = `review-e2e-${Date.now()}`
  const response = await request.post('/api/pages?draft=true', {
    headers: { authorization: `JWT ${token}` },
    data: { title: `Review me ${slug}`, slug, _status: 'draft' },
  })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: number; title: string; slug: string } }
  return doc
}

test('contributor asks for review, editor approves from the dashboard, the page goes live', async ({
  browser,
  request,
}) => {
  const draft = await contributorDraft(request)
  const contributor = await signIn(browser, 'contributor')
  await contributor.goto(`/admin/collections/pages/${draft.id}`)
  await contributor.getByLabel('Message for the editors').fill('New page, please check it.')
  await contributor.getByRole('button', { name: 'Ask for review' }).click()
  // Done with the document: back on the admin home, the request is listed as theirs.
  await expect(contributor).toHaveURL(/\/admin\/?$/)
  const theirs = contributor.getByRole('region', { name: /Ready for review/ })
  await expect(theirs.getByRole('link', { name: draft.title })).toBeVisible()
  await contributor.context().close()

  const editor = await signIn(browser, 'editor')
  await editor.goto('/admin')
  const queue = editor.getByRole('region', { name: /Ready for review/ })
  await queue.getByRole('link', { name: draft.title }).click()
  await expect(editor).toHaveURL(new RegExp(`/admin/collections/pages/${draft.id}`))
  await editor.getByRole('button', { name: 'Approve and publish now' }).click()
  await expect(editor).toHaveURL(/\/admin\/?$/)
  await expect
    .poll(
      async () => (await request.get(`/en/${draft.slug}`, { headers: { cookie: '' } })).status(),
      {
        timeout: 15_000,
      },
    )
    .toBe(200)
  await editor.context().close()
})

test('editor sends a draft back; the contributor reads the comment on the document', async ({
  browser,
  request,
}) => {
  const draft = await contributorDraft(request)
  const token = await loginToken(request, 'contributor')
  const asked = await request.post('/api/review-requests', {
    headers: { authorization: `JWT ${token}` },
    data: { doc: { relationTo: 'pages', value: draft.id }, message: 'Ready?' },
  })
  expect(asked.status()).toBe(201)

  const editor = await signIn(browser, 'editor')
  await editor.goto(`/admin/collections/pages/${draft.id}`)
  const comment = 'Please add the opening hours before we publish.'
  await editor.getByLabel('Comment for the contributor').fill(comment)
  await editor.getByRole('button', { name: 'Send back' }).click()
  await expect(editor).toHaveURL(/\/admin\/?$/)
  await editor.context().close()

  const contributor = await signIn(browser, 'contributor')
  await contributor.goto(`/admin/collections/pages/${draft.id}`)
  await expect(contributor.getByText(comment)).toBeVisible()
  await expect(contributor.getByText('Sent back', { exact: true })).toBeVisible()
  expect((await request.get(`/en/${draft.slug}`, { headers: { cookie: '' } })).status()).toBe(404)
  await contributor.context().close()
})

test('the staff dashboard has no axe violations', async ({ browser }) => {
  const editor = await signIn(browser, 'editor')
  await editor.goto('/admin')
  const dashboard = editor.getByRole('region', { name: 'What needs attention' })
  await expect(dashboard).toBeVisible()
  const results = await new AxeBuilder({ page: editor })
    .include('section[aria-labelledby="plaza-dashboard-heading"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(results.violations).toEqual([])
  await editor.context().close()
})
