// The service-worker step on an existing build: its wall time (median of N runs) and the
// precache it produces (files, bytes). Needs a `next build` in PLAZA_DIST_DIR first.
// Usage: PLAZA_DIST_DIR=.next-e2e npx tsx bench/swBuild.ts [N]
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { percentile } from './lib/stats'

const runs = Number(process.argv[2] ?? 5)
const distDir = process.env.PLAZA_DIST_DIR || '.next'
const times: number[] = []
for (let i = 0; i < runs; i++) {
  const started = performance.now()
  execFileSync('node_modules/.bin/tsx', ['scripts/build-sw.ts'], { stdio: 'ignore' })
  times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
const report = JSON.parse(fs.readFileSync(path.join(distDir, 'plaza-sw', 'precache.json'), 'utf8'))
console.log(`build-sw over ${runs} runs: median ${Math.round(percentile(times, 50))} ms`)
console.log(
  `precache: ${report.files} files, ${report.bytes} bytes (${(report.bytes / 1024).toFixed(1)} KiB); sw.js ${report.workerBytes} bytes`,
)
