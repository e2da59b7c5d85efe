// Maps where editors draw, in a real browser: an editor places a service location with a
// click, and draws an alert's circle and polygon; the text fields follow the map, and what
// is saved is what the text fields (and the CAP feed) read.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { parseCircle, parsePolygon } from '../../src/lib/alerts/geometry'
import { DEMO_PASSWORD, DEMO_USERS, loginToken } from '../helpers/e2eAuth'

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(DEMO_USERS.editor)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await expect(page).not.toHaveURL(/\/admin\/login/)
}

/** Clicks the map at a point relative to its centre, in pixels. */
async function clickMap(page: Page, name: string, dx: number, dy: number) {
  const map = page.getByRole('region', { name }).first()
  await map.scrollIntoViewIfNeeded()
  const box = (await map.boundingBox())!
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy)
}

async function saveDraft(page: Page) {
  await page.locator('#action-save-draft').click()
  await expect(page.getByText(/draft saved|saved successfully/i).first()).toBeVisible()
}

test('an editor places a service location by clicking the map', async ({ page, request }) => {
  const token = await loginToken(request, 'editor')
  const headers = { authorization: `JWT ${token}` }
  const list = await (
    await request.get('/api/services?limit=1&sort=title&depth=0', { headers })
  ).json()
  const service = list.docs[0] as { id: number; locations: { point: [number, number] }[] }
  const [lng, lat] = service.locations[0].point

  await signIn(page)
  await page.goto(`/admin/collections/services/${service.id}`)
  const map = page.getByRole('region', { name: 'Location map' }).first()
  // Leaflet loads when the field mounts; a busy machine may take a while.
  await expect(map.locator('.leaflet-interactive').first()).toBeVisible({ timeout: 30_000 })
  await clickMap(page, 'Location map', 80, -40)
  await saveDraft(page)

  const draft = await (
    await request.get(`/api/services/${service.id}?draft=true&depth=0`, { headers })
  ).json()
  const [newLng, newLat] = draft.locations[0].point as [number, number]
  // A new point, near the old one (the map opens on it at street level).
  expect([newLng, newLat]).not.toEqual([lng, lat])
  expect(Math.abs(newLng - lng)).toBeLessThan(0.05)
  expect(Math.abs(newLat - lat)).toBeLessThan(0.05)
})

test('an editor draws an alert’s circle and polygon; the text fields and saved area follow', async ({
  page,
  request,
}) => {
  const token = await loginToken(request, 'editor')
  const headers = { authorization: `JWT ${token}` }
  const created = await request.post('/api/alerts?draft=true', {
    headers,
    data: {
      headline: `Map picker ${Date.now()}`,
      description: 'Drawn on the map by the browser test.',
      eventType: 'Test',
      onset: new Date().toISOString(),
      area: { description: 'Old town' },
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const alert = (await created.json()).doc as { id: number }

  try {
    await signIn(page)
    await page.goto(`/admin/collections/alerts/${alert.id}`)
    const map = page.getByRole('region', { name: 'Alert area map' })
    await expect(map.locator('.leaflet-pane').first()).toBeAttached({ timeout: 30_000 })

    await page.getByRole('button', { name: 'Draw circle' }).click()
    await clickMap(page, 'Alert area map', 0, 0)
    await clickMap(page, 'Alert area map', 60, 0)
    const circleField = page.locator('#field-area__circle')
    await expect(circleField).toHaveValue(/^-?\d+(\.\d+)?,-?\d+(\.\d+)? \d+(\.\d+)?$/)
    const circleText = await circleField.inputValue()

    await page.getByRole('button', { name: 'Draw polygon' }).click()
    await clickMap(page, 'Alert area map', -50, -50)
    await clickMap(page, 'Alert area map', 50, -50)
    await clickMap(page, 'Alert area map', 0, 50)
    await page.getByRole('button', { name: 'Finish polygon' }).click()
    const polygonField = page.locator('#field-area__polygon')
    await expect(polygonField).not.toHaveValue('')
    const polygonText = await polygonField.inputValue()
    await saveDraft(page)

    const saved = await (
      await request.get(`/api/alerts/${alert.id}?draft=true&depth=0`, { headers })
    ).json()
    expect(saved.area.circle).toBe(circleText)
    expect(saved.area.polygon).toBe(polygonText)
    const circle = parseCircle(saved.area.circle)
    const polygon = parsePolygon(saved.area.polygon)
    expect(circle.ok && circle.value.radiusKm).toBeGreaterThan(0)
    expect(polygon.ok && polygon.value).toHaveLength(4)
  } finally {
    await request.delete(`/api/alerts/${alert.id}`, { headers })
  }
})

test("the editor's own admin views (map, checks before publishing, review box) have no axe violations", async ({
  page,
  request,
}) => {
  const token = await loginToken(request, 'editor')
  const list = await (
    await request.get('/api/services?limit=1&sort=title&depth=0', {
      headers: { authorization: `JWT ${token}` },
    })
  ).json()
  await signIn(page)
  await page.goto(`/admin/collections/services/${list.docs[0].id}`)
  const map = page.getByRole('region', { name: 'Location map' }).first()
  await expect(map.locator('.leaflet-interactive').first()).toBeVisible({ timeout: 30_000 })
  await expect(page.locator('.plaza-publish-checks')).toBeVisible()
  await expect(page.locator('.plaza-review')).toBeVisible()
  // Only Plaza's components: Payload's own admin is Payload's to fix.
  const results = await new AxeBuilder({ page })
    .include('.plaza-map-picker')
    .include('.plaza-publish-checks')
    .include('.plaza-review')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
  ).toEqual([])
})
