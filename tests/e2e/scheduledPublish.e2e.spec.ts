import { execFileSync } from 'node:child_process'

import { expect, test } from '@playwright/test'

// Scheduled publish without an editor, end to end: a publish is queued a few seconds
// ahead (as the admin's "Schedule publish" does); the running site's jobs queue (every
// 10 s here, PLAZA_JOBS_INTERVAL_SECONDS in playwright.config.ts) publishes it and refreshes the page. The work is done by the bench script, which
// exits non-zero when the page is not public 150 s after the scheduled time.
test('a scheduled publish goes live on its own', async ({ baseURL }) => {
  test.setTimeout(200_000)
  const output = execFileSync('node_modules/.bin/tsx', ['bench/scheduledPublishLag.ts'], {
    env: { ...process.env, BASE_URL: baseURL, PLAZA_INTERNAL_URL: 'off' },
    encoding: 'utf8',
    timeout: 190_000,
  })
  expect(output).toMatch(/public [\d.]+ s after the scheduled time/)
})
