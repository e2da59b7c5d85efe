// The checks of a test run as a script (tests/resilience, tests/cluster): each printed as it
// is made, counted, and written as the JSON report scripts/lib/testSummary.mjs adds up
// (Vitest's counters).
import fs from 'node:fs'

export function checkRun(label: string) {
  const failures: string[] = []
  let passed = 0
  return {
    failures,
    get passed() {
      return passed
    },
    check(ok: boolean, message: string) {
      if (ok) passed += 1
      else failures.push(message)
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`)
    },
    /** Writes the report when a file is given (npm test gives one). */
    writeReport(file: string | undefined) {
      if (!file) return
      fs.writeFileSync(
        file,
        JSON.stringify({
          label,
          numPassedTests: passed,
          numFailedTests: failures.length,
          numPendingTests: 0,
          success: failures.length === 0,
          failures,
        }),
      )
    },
  }
}
