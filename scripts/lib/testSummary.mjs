// Adds up the test reports into CI's closing line "N passed, N failed, N skipped", just after
// the name of every test that failed: CI keeps only the end of a long log, and a failure that
// scrolled away is a failure nobody can fix. A missing report counts as a failure, so a run
// that executed nothing never looks green.
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** At most this many failures are named; the count still covers them all. */
const NAMED_FAILURES = 30

function firstLine(text) {
  const line = String(text ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((part) => part.trim())
    .find(Boolean)
  return line ? line.slice(0, 200) : ''
}

/** Vitest's JSON report, or a script's report in its counters (tests/helpers/checkRun.ts). */
function vitestTotals(report, file) {
  const failures = []
  for (const suite of report.testResults ?? []) {
    const where = path.relative(process.cwd(), suite.name ?? '')
    const failedTests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed')
    for (const t of failedTests)
      failures.push(`${where} › ${t.fullName ?? t.title}: ${firstLine(t.failureMessages?.[0])}`)
    if (suite.status === 'failed' && failedTests.length === 0)
      failures.push(`${where}: ${firstLine(suite.message) || 'the file failed to run'}`)
  }
  for (const message of report.failures ?? []) failures.push(`${report.label}: ${message}`)
  let failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0)
  if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0)
    failed += report.numFailedTestSuites
  // Unhandled errors fail the run without failing a test: count them as one failure.
  else if (report.success === false && (report.numFailedTests ?? 0) === 0) {
    failed += 1
    if (failures.length === 0) failures.push(`${file}: an error outside any test`)
  }
  return {
    label: report.label ?? `vitest (${file})`,
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failures,
    flaky: [],
  }
}

function playwrightSpecs(suite) {
  return [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(playwrightSpecs)]
}

/** Playwright's JSON report: "unexpected" is a failure, "flaky" passed on a retry. */
function playwrightTotals(report, file) {
  const stats = report.stats ?? {}
  const failures = []
  const flaky = []
  for (const spec of (report.suites ?? []).flatMap(playwrightSpecs)) {
    for (const t of spec.tests ?? []) {
      if (t.status !== 'unexpected' && t.status !== 'flaky') continue
      const result = (t.results ?? []).find((r) => r.status !== 'passed') ?? {}
      const line =
        `${spec.file}:${spec.line} › ${spec.title} [${t.projectName}]: ` +
        (firstLine(result.error?.message) || result.status || 'failed')
      ;(t.status === 'flaky' ? flaky : failures).push(line)
    }
  }
  for (const error of report.errors ?? []) failures.push(`${file}: ${firstLine(error.message)}`)
  return {
    label: `playwright (${file})`,
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
    failures,
    flaky,
  }
}

export function summarise(files, read = (file) => fs.readFileSync(file, 'utf8')) {
  const totals = { passed: 0, failed: 0, skipped: 0, lines: [], failures: [], flaky: [] }
  for (const file of files) {
    let report
    try {
      report = JSON.parse(read(file))
    } catch {
      totals.lines.push(`${file}: no report — counted as 1 failed`)
      totals.failures.push(`${file}: no report (the run did not finish)`)
      totals.failed += 1
      continue
    }
    const part =
      report.config && report.suites ? playwrightTotals(report, file) : vitestTotals(report, file)
    totals.passed += part.passed
    totals.failed += part.failed
    totals.skipped += part.skipped
    totals.failures.push(...part.failures)
    totals.flaky.push(...part.flaky)
    totals.lines.push(`${part.label}: ${part.passed} passed, ${part.failed} failed`)
  }
  if (totals.passed + totals.failed === 0) totals.failed += 1
  return totals
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const totals = summarise(process.argv.slice(2))
  for (const line of totals.lines) console.log(line)
  // CI retries a browser test once (playwright.config.ts): one that needed it is named too.
  if (totals.flaky.length > 0) {
    console.log('passed only on a retry:')
    for (const flaky of totals.flaky) console.log(`  ~ ${flaky}`)
  }
  if (totals.failures.length > 0) {
    console.log('failed:')
    for (const failure of totals.failures.slice(0, NAMED_FAILURES)) console.log(`  ✘ ${failure}`)
    if (totals.failures.length > NAMED_FAILURES)
      console.log(`  … and ${totals.failures.length - NAMED_FAILURES} more`)
  }
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(totals.failed > 0 ? 1 : 0)
}
