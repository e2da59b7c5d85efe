import { defineConfig } from '@playwright/test'

// End-to-end tests run against `next build && next start` on a seeded SQLite database,
// prepared by scripts/test.sh, in Debian's Chromium (no browser downloads here).
const port = Number(process.env.E2E_PORT || 3100)
export const baseURL = `http://127.0.0.1:${port}`
// "Connect my electronic office": tests/e2e/eoffice.e2e.spec.ts runs a local OpenID Connect
// provider on this port; the site is started pointing at it, with a webhook secret.
export const eofficeE2E = {
  issuer: `http://127.0.0.1:${Number(process.env.E2E_OIDC_PORT || port + 20)}`,
  clientId: 'plaza-e2e',
  clientSecret: 'plaza-e2e-client-secret-0123456789',
  webhookSecret: 'plaza-e2e-webhook-secret-0123456789',
}

function generousRateLimits(): Record<string, string> {
  const policies = [
    'LOGIN',
    'FORGOT_PASSWORD',
    'SEARCH',
    'NEARBY',
    'TRANSIT',
    'OPEN_DATA',
    'PUBLIC_API',
  ]
  return Object.fromEntries(
    [...policies, 'WEBHOOK', 'PUSH_SUBSCRIBE', 'PUSH_NEW_SUBSCRIPTION'].map((p) => [
      `PLAZA_RATE_LIMIT_${p}`,
      '10000/60',
    ]),
  )
}

// Specs that change what others read (content, settings, accounts, subscriptions) run one at
// a time, after the read-only ones, which run two at a time: on a 2-core machine the
// browser and the server leave a core waiting half the time.
const WRITERS = [
  'agenda',
  'alerts',
  'editor',
  'hostileInput',
  'mapPicker',
  'nothingUnapproved',
  'publicApi',
  'reviewWorkflow',
  'scheduledPublish',
  'search',
  'security',
  'transitRealtime',
].map((name) => `**/${name}.e2e.spec.ts`)

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  fullyParallel: false,
  workers: 2,
  projects: [
    { name: 'pages', testIgnore: WRITERS },
    { name: 'writes', testMatch: WRITERS, dependencies: ['pages'], workers: 1 },
  ],
  // On CI a failed browser test runs once more: a test that passes only then still counts as
  // passed, and the summary names it (scripts/lib/testSummary.mjs) so it gets fixed.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAZA_E2E_REPORT || 'tests/.artifacts/playwright.json' }],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `node_modules/.bin/next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Every test request comes from 127.0.0.1: generous rate limits so that one spec's
    // requests do not throttle the next (the limits themselves are tested in
    // tests/int/rateLimit.int.spec.ts); an explicit PLAZA_RATE_LIMIT_* still wins.
    env: {
      ...generousRateLimits(),
      // The jobs queue every 10 s rather than every minute: a scheduled publish is checked
      // going live without the test waiting for a minute boundary.
      PLAZA_JOBS_INTERVAL_SECONDS: '10',
      ...(process.env as Record<string, string>),
      EOFFICE_OIDC_ISSUER: eofficeE2E.issuer,
      EOFFICE_OIDC_CLIENT_ID: eofficeE2E.clientId,
      EOFFICE_OIDC_CLIENT_SECRET: eofficeE2E.clientSecret,
      EOFFICE_WEBHOOK_SECRET: eofficeE2E.webhookSecret,
    },
  },
})
