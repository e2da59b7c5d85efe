// Runs a command and samples the summed RSS of its whole process tree (next build forks
// workers, so the top process's own peak understates it). Prints "wall_s peak_MB peak_pss_MB":
// the peak of summed RSS (the headline: shared pages count once per process) and the peak of
// summed PSS (each shared page split among the processes that map it: what the tree really holds).
// With PEAK_PROFILE=<file>, also writes every sample of every process (time, phase read from the
// command's output, pid, RSS, PSS, command line) as TSV, for bench/lib/buildBreakdown.mjs.
// Usage: node bench/lib/peakTreeMemory.mjs <log file> <command> [args…]
import { spawn } from 'node:child_process'
import fs from 'node:fs'

const [logFile, command, ...args] = process.argv.slice(2)
const log = fs.openSync(logFile, 'w')
const profile = process.env.PEAK_PROFILE ? fs.openSync(process.env.PEAK_PROFILE, 'w') : null
if (profile) fs.writeSync(profile, 't_s\tphase\tpid\tppid\trss_kb\tpss_kb\tcmd\n')
const started = performance.now()
const child = spawn(command, args, { stdio: ['ignore', log, log] })
let peakKb = 0
let peakPssKb = 0

// next build's own progress lines; the one printed last names the phase.
const PHASES = [
  [/Creating an optimized production build/, 'compile'],
  [/Compiled successfully|Compiled with warnings/, 'compiled'],
  [/Collecting page data/, 'page-data'],
  [/Generating static pages/, 'static-pages'],
  [/Collecting build traces/, 'build-traces'],
  [/Finalizing page optimization/, 'finalize'],
  [/Route \(app\)/, 'report'],
]
let phase = 'start'
let logRead = 0
function currentPhase() {
  try {
    const text = fs.readFileSync(logFile, 'utf8')
    if (text.length > logRead) {
      let at = -1
      for (const [re, name] of PHASES) {
        const index = Math.max(...[...text.matchAll(new RegExp(re, 'g'))].map((m) => m.index), -1)
        if (index > at) ((at = index), (phase = name))
      }
      logRead = text.length
    }
  } catch {}
  return phase
}

function readProc(pid, file) {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8')
  } catch {
    return ''
  }
}

function treeSample(rootPid) {
  const parents = new Map()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const stat = readProc(name, 'stat')
    // The command name in parentheses may hold spaces: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields.length > 2) parents.set(Number(name), Number(fields[1]))
  }
  const pids = new Set([rootPid])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, ppid] of parents)
      if (pids.has(ppid) && !pids.has(pid)) (pids.add(pid), (grew = true))
  }
  const rows = []
  for (const pid of pids) {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readProc(pid, 'status'))?.[1] ?? 0)
    if (!rss) continue
    const pss = Number(/^Pss:\s+(\d+)/m.exec(readProc(pid, 'smaps_rollup'))?.[1] ?? 0)
    const cmd = readProc(pid, 'cmdline')
      .replace(/[\0\s]+/g, ' ')
      .trim()
      .slice(0, 200)
    rows.push({ pid, ppid: parents.get(pid), rss, pss, cmd })
  }
  return rows
}

const timer = setInterval(() => {
  try {
    const rows = treeSample(child.pid)
    peakKb = Math.max(
      peakKb,
      rows.reduce((sum, row) => sum + row.rss, 0),
    )
    peakPssKb = Math.max(
      peakPssKb,
      rows.reduce((sum, row) => sum + row.pss, 0),
    )
    if (profile) {
      const t = ((performance.now() - started) / 1000).toFixed(2)
      const p = currentPhase()
      for (const r of rows)
        fs.writeSync(profile, `${t}\t${p}\t${r.pid}\t${r.ppid}\t${r.rss}\t${r.pss}\t${r.cmd}\n`)
    }
  } catch {}
}, 250)

child.on('exit', (code) => {
  clearInterval(timer)
  const wall = (performance.now() - started) / 1000
  console.log(`${wall.toFixed(1)} ${Math.round(peakKb / 1024)} ${Math.round(peakPssKb / 1024)}`)
  process.exit(code ?? 1)
})
