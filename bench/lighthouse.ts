// Lighthouse 12.8.2 (mobile, its default throttling) on one page of every citizen template of
// a running site: median LCP and performance score of N runs each (default 3), the slowest run
// and how many runs were over budget, the largest element, and the load average, since figures
// from a busy machine are noisy. Budget: LCP ≤ 1.5 s on every page, every run. Beside them, the
// simulated FCP and the observed (unthrottled) FCP and LCP in ms: simulated LCP is computed from
// the requests that ended before the observed LCP paint, and Lantern counts a script among them
// unless its evaluation began after that paint. "JS kB before LCP" gives, per run, the transfer
// size of the scripts that ended before it (network-requests); the app chunk is not among them
// since it is added after the paint (docs/decisions/0013). Lighthouse is not a dependency (it
// would slow `npm ci` for everyone):
// it is installed on first use into a temporary folder (PLAZA_LIGHTHOUSE_DIR).
// Usage: BASE_URL=http://127.0.0.1:3000 tsx bench/lighthouse.ts [--runs 3] [template|/path …]
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { templatePages, type TemplatePage } from './lib/templates'

const base = process.env.BASE_URL || 'http://127.0.0.1:3000'
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium'
const toolDir = process.env.PLAZA_LIGHTHOUSE_DIR || path.join(os.tmpdir(), 'plaza-lighthouse')
const LCP_BUDGET_MS = 1500

function lighthouseBin(): string {
  const bin = path.join(toolDir, 'node_modules', '.bin', 'lighthouse')
  if (fs.existsSync(bin)) return bin
  fs.mkdirSync(toolDir, { recursive: true })
  // 12.3+ needs these two pinned to install from the registry (see the stack notes).
  fs.writeFileSync(
    path.join(toolDir, 'package.json'),
    JSON.stringify({
      private: true,
      overrides: { 'third-party-web': '0.27.0', 'legacy-javascript': '0.0.1' },
    }),
  )
  console.log(`installing lighthouse 12.8.2 into ${toolDir}…`)
  execFileSync('npm', ['i', '--no-audit', '--no-fund', '-E', 'lighthouse@12.8.2'], {
    cwd: toolDir,
    stdio: 'inherit',
  })
  return bin
}

interface Run {
  lcpMs: number
  fcpMs: number
  observedFcpMs: number
  observedLcpMs: number
  score: number
  element: string
  /** Transfer kB of the scripts that finished loading before the observed LCP. */
  jsBeforeLcpKb: number
}

function runOnce(bin: string, url: string): Run {
  const out = execFileSync(
    bin,
    [
      url,
      '--output=json',
      '--quiet',
      '--only-categories=performance',
      '--chrome-flags=--headless=new --no-sandbox',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  )
  const report = JSON.parse(out.toString())
  const element = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]
    ?.node?.snippet as string | undefined
  const observed = report.audits.metrics?.details?.items?.[0] ?? {}
  const requests: Array<{ resourceType?: string; networkEndTime?: number; transferSize?: number }> =
    report.audits['network-requests']?.details?.items ?? []
  const jsBeforeLcp = requests
    .filter(
      (r) =>
        r.resourceType === 'Script' &&
        (r.networkEndTime ?? Infinity) <= (observed.observedLargestContentfulPaint ?? -1),
    )
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
  return {
    lcpMs: report.audits['largest-contentful-paint'].numericValue,
    fcpMs: report.audits['first-contentful-paint'].numericValue,
    observedFcpMs: observed.observedFirstContentfulPaint ?? NaN,
    observedLcpMs: observed.observedLargestContentfulPaint ?? NaN,
    score: Math.round(report.categories.performance.score * 100),
    element: (element ?? '?').replace(/\s+/g, ' ').slice(0, 60),
    jsBeforeLcpKb: jsBeforeLcp / 1024,
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const runsAt = args.indexOf('--runs')
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3
  const all = await templatePages(base)
  const pages: TemplatePage[] = args.length
    ? args.map(
        (arg) =>
          all.find((page) => page.template === arg) ?? { template: arg, path: arg, map: false },
      )
    : all
  const bin = lighthouseBin()
  console.log(`lighthouse 12.8.2, mobile, median of ${runs}; ${os.cpus().length} cores`)
  console.log(
    `${'template'.padEnd(14)} ${'LCP s'.padStart(6)} ${'max s'.padStart(6)} ${'over'.padStart(5)} ${'FCP s'.padStart(6)} ${'obs FCP/LCP ms'.padStart(14)} ${'perf'.padStart(5)} ${'JS kB before LCP'.padStart(16)}  ${'load avg'.padEnd(9)} budget  largest element`,
  )
  let over = 0
  let runsOverInAll = 0
  let runsInAll = 0
  for (const page of pages) {
    if (!page.path) {
      console.log(`${page.template.padEnd(14)} (no such page on this site)`)
      continue
    }
    const results: Run[] = []
    const loads: number[] = []
    for (let i = 0; i < runs; i++) {
      loads.push(os.loadavg()[0])
      results.push(runOnce(bin, `${base}${page.path}`))
    }
    const lcp = median(results.map((r) => r.lcpMs))
    const slowest = Math.max(...results.map((r) => r.lcpMs))
    const runsOver = results.filter((r) => r.lcpMs > LCP_BUDGET_MS).length
    const verdict = lcp <= LCP_BUDGET_MS ? 'ok' : 'OVER'
    if (verdict === 'OVER') over += 1
    runsOverInAll += runsOver
    runsInAll += runs
    const element = results.find((r) => r.lcpMs === lcp)?.element ?? ''
    const fcp = median(results.map((r) => r.fcpMs))
    const jsBefore = results.map((r) => Math.round(r.jsBeforeLcpKb)).join('/')
    const observed = `${Math.round(median(results.map((r) => r.observedFcpMs)))}/${Math.round(median(results.map((r) => r.observedLcpMs)))}`
    console.log(
      `${page.template.padEnd(14)} ${(lcp / 1000).toFixed(2).padStart(6)} ${(slowest / 1000).toFixed(2).padStart(6)} ${`${runsOver}/${runs}`.padStart(5)} ${(fcp / 1000).toFixed(2).padStart(6)} ${observed.padStart(14)} ${String(median(results.map((r) => r.score))).padStart(5)} ${jsBefore.padStart(16)}  ${median(loads).toFixed(2).padEnd(9)} ${verdict.padEnd(6)}  ${element}`,
    )
  }
  console.log(
    `${over} page(s) over the ${LCP_BUDGET_MS / 1000} s LCP budget (median); ${runsOverInAll} of ${runsInAll} runs over`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
