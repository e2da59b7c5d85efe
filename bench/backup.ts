// Backup and restore time for the demo city, as an operator sees it (`npm run backup`,
// `npm run restore` into a fresh SQLite file: Payload start-up and migrations included).
// Medians of PLAZA_BENCH_RUNS runs (default 3).
//
//   PAYLOAD_SECRET=… PLAZA_BENCH_DB=data/ops-e2e/plaza.db npx tsx bench/backup.ts
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { percentile } from './lib/stats'

const source = path.resolve(process.env.PLAZA_BENCH_DB || 'data/plaza.db')
const runs = Number(process.env.PLAZA_BENCH_RUNS || 3)
if (!fs.existsSync(source)) throw new Error(`No demo city at ${source}: run scripts/prepare.ts.`)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-bench-backup-'))

function timed(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now()
  const result = spawnSync('node_modules/.bin/tsx', args, { env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  return (performance.now() - started) / 1000
}

const backups: number[] = []
const restores: number[] = []
let size = 0
for (let i = 0; i < runs; i++) {
  const archive = path.join(work, `city-${i}.zip`)
  backups.push(
    timed(['scripts/backup.ts', '--out', archive], {
      ...process.env,
      DATABASE_URI: `file:${source}`,
      PLAZA_MEDIA_DIR: path.join(path.dirname(source), 'media'),
    }),
  )
  size = fs.statSync(archive).size
  restores.push(
    timed(['scripts/restore.ts', archive], {
      ...process.env,
      DATABASE_URI: `file:${path.join(work, `restored-${i}.db`)}`,
      PLAZA_MEDIA_DIR: path.join(work, `media-${i}`),
    }),
  )
}
const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  )
console.log(`demo city ${source}, ${runs} runs, archive ${(size / 1024).toFixed(0)} KiB`)
console.log(
  `backup  median ${median(backups).toFixed(1)} s  (${backups.map((s) => s.toFixed(1)).join(', ')})`,
)
console.log(
  `restore median ${median(restores).toFixed(1)} s  (${restores.map((s) => s.toFixed(1)).join(', ')})`,
)
fs.rmSync(work, { recursive: true, force: true })
