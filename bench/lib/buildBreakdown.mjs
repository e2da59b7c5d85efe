// Reads a PEAK_PROFILE file written by peakTreeMemory.mjs and prints where the memory went:
// for each phase of the build, its time span and the sample with the most summed RSS, with
// every process then alive (RSS and PSS); then a timeline every few seconds.
// Usage: node bench/lib/buildBreakdown.mjs <profile.tsv> [timeline step s, default 4]
import fs from 'node:fs'

const [file, stepArg] = process.argv.slice(2)
const step = Number(stepArg ?? 4)
const samples = new Map() // t -> { phase, rows }
for (const line of fs.readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
  const [t, phase, pid, ppid, rss, pss, cmd] = line.split('\t')
  const sample = samples.get(t) ?? { t: Number(t), phase, rows: [] }
  sample.rows.push({ pid, ppid, rss: Number(rss), pss: Number(pss), cmd })
  samples.set(t, sample)
}
const mb = (kb) => Math.round(kb / 1024)
const total = (rows, key) => rows.reduce((sum, row) => sum + row[key], 0)
// A short name for each process: what next build runs is told apart by its script.
function label(cmd) {
  if (/scripts\/next-build\.mjs/.test(cmd)) return 'scripts/next-build.mjs'
  if (/static-worker|export\/worker|build\/worker/.test(cmd)) return 'static/page-data worker'
  if (/jest-worker|processChild/.test(cmd)) return 'jest-worker child'
  if (/next\/dist\/bin\/next|\.bin\/next/.test(cmd)) return 'next build (main)'
  if (/postcss|pool/.test(cmd)) return 'plugin pool'
  return cmd.replace(/\s+/g, ' ').slice(0, 70)
}
const list = [...samples.values()].sort((a, b) => a.t - b.t)
const phases = []
for (const s of list) {
  let p = phases.at(-1)
  if (!p || p.name !== s.phase) phases.push((p = { name: s.phase, from: s.t, to: s.t, peak: s }))
  p.to = s.t
  if (total(s.rows, 'rss') > total(p.peak.rows, 'rss')) p.peak = s
}
const overall = list.reduce((a, b) => (total(b.rows, 'rss') > total(a.rows, 'rss') ? b : a))
console.log(
  `peak summed RSS ${mb(total(overall.rows, 'rss'))} MB (PSS ${mb(total(overall.rows, 'pss'))} MB) at ${overall.t} s, phase ${overall.phase}`,
)
for (const p of phases) {
  const s = p.peak
  console.log(
    `  ${p.name.padEnd(13)} ${p.from.toFixed(1).padStart(5)}–${p.to.toFixed(1).padStart(5)} s  peak RSS ${mb(total(s.rows, 'rss'))} MB, PSS ${mb(total(s.rows, 'pss'))} MB at ${s.t} s:`,
  )
  for (const r of [...s.rows].sort((a, b) => b.rss - a.rss).filter((r) => r.rss > 20 * 1024))
    console.log(
      `      ${String(mb(r.rss)).padStart(5)} RSS ${String(mb(r.pss)).padStart(5)} PSS  pid ${r.pid}  ${label(r.cmd)}`,
    )
}
console.log(`timeline (every ${step} s: t, phase, summed RSS / PSS MB, processes over 20 MB RSS):`)
let next = 0
for (const s of list) {
  if (s.t < next) continue
  next = s.t + step
  const big = s.rows
    .filter((r) => r.rss > 20 * 1024)
    .sort((a, b) => b.rss - a.rss)
    .map((r) => `${mb(r.rss)}`)
  console.log(
    `  ${s.t.toFixed(1).padStart(5)} ${s.phase.padEnd(13)} ${String(mb(total(s.rows, 'rss'))).padStart(5)} / ${String(mb(total(s.rows, 'pss'))).padStart(5)}  [${big.join(' ')}]`,
  )
}
