// Adds up the test reports into CI's closing line "N passed, N failed, N skipped". A missing
// report counts as a failure, so a run that executed nothing never looks green.
import fs from 'node:fs'

const [vitestFile, playwrightFile, ...moreVitestFiles] = process.argv.slice(2)
let passed = 0
let failed = 0
let skipped = 0

function readJson(file, label) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    console.log(`${label}: no report (${file}) — counted as 1 failed`)
    failed += 1
    return null
  }
}

for (const file of [vitestFile, ...moreVitestFiles]) {
  const vitest = readJson(file, 'vitest')
  if (!vitest) continue
  passed += vitest.numPassedTests ?? 0
  failed += (vitest.numFailedTests ?? 0) + (vitest.numRuntimeErrorTestSuites ?? 0)
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
  if ((vitest.numFailedTestSuites ?? 0) > 0 && (vitest.numFailedTests ?? 0) === 0)
    failed += vitest.numFailedTestSuites
  // Unhandled errors fail the run without failing a test: count them as one failure.
  else if (vitest.success === false && (vitest.numFailedTests ?? 0) === 0) failed += 1
  // Other checks (tests/resilience/dbDown.ts) write the same counters and name themselves.
  const label = vitest.label ?? `vitest (${file})`
  console.log(`${label}: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`)
}

const playwright = readJson(playwrightFile, 'playwright')
if (playwright) {
  const stats = playwright.stats ?? {}
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += (stats.unexpected ?? 0) + (playwright.errors?.length ?? 0)
  skipped += stats.skipped ?? 0
  console.log(`playwright: ${stats.expected ?? 0} passed, ${stats.unexpected ?? 0} failed`)
}

if (passed + failed === 0) failed += 1
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
