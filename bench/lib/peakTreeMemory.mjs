// Runs a command and samples the summed RSS of its whole process tree (next build forks
// workers, so the top process's own peak understates it). Prints "wall_s peak_MB".
// Usage: node bench/lib/peakTreeMemory.mjs <log file> <command> [args…]
import { spawn, execFileSync } from 'node:child_process'
import fs from 'node:fs'

const [logFile, command, ...args] = process.argv.slice(2)
const log = fs.openSync(logFile, 'w')
const started = performance.now()
const child = spawn(command, args, { stdio: ['ignore', log, log] })
let peakKb = 0

function treeRssKb(rootPid) {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
  const rows = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
  const pids = new Set([rootPid])
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, ppid] of rows)
      if (pids.has(ppid) && !pids.has(pid)) (pids.add(pid), (grew = true))
  }
  return rows.filter(([pid]) => pids.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0)
}

const timer = setInterval(() => {
  try {
    peakKb = Math.max(peakKb, treeRssKb(child.pid))
  } catch {}
}, 250)

child.on('exit', (code) => {
  clearInterval(timer)
  const wall = (performance.now() - started) / 1000
  console.log(`${wall.toFixed(1)} ${Math.round(peakKb / 1024)}`)
  process.exit(code ?? 1)
})
