import { expect, test } from '@playwright/test'

import { loginToken } from '../helpers/e2eAuth'

// The stop page with an operator's realtime feed configured but unusable (an unreachable
// host, as when the operator is down): still 200, every departure marked scheduled and a
// notice saying so. Live predictions themselves are proved over HTTP in
// tests/int/transitRealtime.int.spec.ts (a production server refuses loopback feeds).
test('a stop page says its times are scheduled when the realtime feed is unusable', async ({
  page,
  request,
}) => {
  const token = await loginToken(request, 'admin')
  const headers = { Authorization: `JWT ${token}` }
  const set = (tripUpdatesUrl: string | null) =>
    request.post('/api/globals/site-settings', {
      headers,
      data: { transitRealtime: { tripUpdatesUrl } },
    })
  expect((await set('https://realtime.invalid/trip-updates')).status()).toBe(200)
  try {
    const response = await page.goto('/en/transit/stops/centro')
    expect(response?.status()).toBe(200)
    await expect(
      page.getByRole('status').filter({ hasText: 'Live times are not available' }),
    ).toBeVisible()
    // Departures exist at most hours; at night the list may be empty, the notice never is.
    const table = page.locator(
      '#next-departures ~ table, section[aria-labelledby="next-departures"] table',
    )
    if ((await table.count()) > 0) {
      await expect(table.getByRole('columnheader', { name: 'Live' })).toBeVisible()
      await expect(table.getByText('Scheduled').first()).toBeVisible()
    }
    const api = await request.get('/api/transit/stops/centro/departures?limit=3')
    expect(api.status()).toBe(200)
    const list = (await api.json()) as { status: string }[]
    expect(list.every((d) => d.status === 'scheduled')).toBe(true)
  } finally {
    await set(null)
  }
})
