import { describe, expect, it } from 'vitest'

import { summarise } from '../../scripts/lib/testSummary.mjs'

type Totals = {
  passed: number
  failed: number
  skipped: number
  lines: string[]
  failures: string[]
  flaky: string[]
}

const run = (reports: Record<string, unknown>): Totals =>
  summarise(Object.keys(reports), (file: string) => {
    const report = reports[file]
    if (report === undefined) throw new Error('ENOENT')
    return typeof report === 'string' ? report : JSON.stringify(report)
  })

const playwrightReport = {
  config: {},
  stats: { expected: 2, unexpected: 1, flaky: 1, skipped: 3 },
  errors: [],
  suites: [
    {
      title: 'pwa.e2e.spec.ts',
      specs: [],
      suites: [
        {
          title: 'the city app',
          specs: [
            {
              title: 'the manifest names the city',
              file: 'pwa.e2e.spec.ts',
              line: 12,
              tests: [
                { projectName: 'pages', status: 'expected', results: [{ status: 'passed' }] },
              ],
            },
            {
              title: 'the service worker controls the page',
              file: 'pwa.e2e.spec.ts',
              line: 30,
              tests: [
                {
                  projectName: 'pages',
                  status: 'flaky',
                  results: [
                    { status: 'timedOut', error: { message: 'Test timeout of 60000ms exceeded.' } },
                    { status: 'passed' },
                  ],
                },
              ],
            },
            {
              title: 'the chunk is requested after the largest paint',
              file: 'appScriptsAfterPaint.e2e.spec.ts',
              line: 50,
              tests: [
                {
                  projectName: 'pages',
                  status: 'unexpected',
                  results: [
                    {
                      status: 'failed',
                      error: {
                        message:
                          '\u001b[2mexpect(\u001b[22mreceived).toBeGreaterThanOrEqual(expected)\n\nExpected: >= 812',
                      },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}

const vitestReport = {
  numPassedTests: 4,
  numFailedTests: 1,
  numPendingTests: 2,
  numTodoTests: 0,
  numFailedTestSuites: 2,
  numRuntimeErrorTestSuites: 1,
  success: false,
  testResults: [
    {
      name: `${process.cwd()}/tests/unit/transit.spec.ts`,
      status: 'failed',
      message: '',
      assertionResults: [
        { status: 'passed', fullName: 'transit reads a feed' },
        {
          status: 'failed',
          fullName: 'transit keeps times past midnight',
          failureMessages: ['AssertionError: expected 1 to be 2\n    at …'],
        },
      ],
    },
    {
      name: `${process.cwd()}/tests/int/backup.int.spec.ts`,
      status: 'failed',
      message: "Error: Cannot find module './missing'",
      assertionResults: [],
    },
  ],
}

describe('the test summary CI ends with', () => {
  it('adds up Vitest and Playwright reports, a flaky pass counting as passed', () => {
    const totals = run({ 'vitest.json': vitestReport, 'playwright.json': playwrightReport })
    expect(totals.passed).toBe(4 + 2 + 1)
    expect(totals.failed).toBe(1 + 1 + 1)
    expect(totals.skipped).toBe(2 + 3)
    expect(totals.lines).toEqual([
      'vitest (vitest.json): 4 passed, 2 failed',
      'playwright (playwright.json): 3 passed, 1 failed',
    ])
  })

  it('names every failed test with its file and the first line of its error', () => {
    const { failures } = run({ 'vitest.json': vitestReport, 'playwright.json': playwrightReport })
    expect(failures).toEqual([
      'tests/unit/transit.spec.ts › transit keeps times past midnight: AssertionError: expected 1 to be 2',
      "tests/int/backup.int.spec.ts: Error: Cannot find module './missing'",
      'appScriptsAfterPaint.e2e.spec.ts:50 › the chunk is requested after the largest paint [pages]: expect(received).toBeGreaterThanOrEqual(expected)',
    ])
  })

  it('names a browser test that passed only on its retry, without failing the run', () => {
    const { flaky, failures } = run({ 'playwright.json': playwrightReport })
    expect(flaky).toEqual([
      'pwa.e2e.spec.ts:30 › the service worker controls the page [pages]: Test timeout of 60000ms exceeded.',
    ])
    expect(failures).toHaveLength(1)
  })

  it('names the failed checks of a script run (database down, cluster)', () => {
    const totals = run({
      'resilience.json': {
        label: 'resilience (tests/resilience/dbDown.ts)',
        numPassedTests: 30,
        numFailedTests: 1,
        numPendingTests: 0,
        success: false,
        failures: ['database down: /en answered 500'],
      },
    })
    expect(totals.failed).toBe(1)
    expect(totals.failures).toEqual([
      'resilience (tests/resilience/dbDown.ts): database down: /en answered 500',
    ])
  })

  it('counts a missing or unreadable report as a failure, and an empty run too', () => {
    const missing = run({ 'playwright-writes.json': undefined, 'vitest.json': '{"numPassed' })
    expect(missing.failed).toBe(2)
    expect(missing.failures).toEqual([
      'playwright-writes.json: no report (the run did not finish)',
      'vitest.json: no report (the run did not finish)',
    ])
    const empty = run({ 'vitest.json': { numPassedTests: 0, numFailedTests: 0, testResults: [] } })
    expect(empty.failed).toBe(1)
  })

  it('counts an error outside any test as a failure', () => {
    const totals = run({
      'vitest.json': { numPassedTests: 3, numFailedTests: 0, success: false, testResults: [] },
    })
    expect(totals.failed).toBe(1)
    expect(totals.failures).toEqual(['vitest.json: an error outside any test'])
  })
})
