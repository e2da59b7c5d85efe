// `npm run gtfs:import -- path/to/feed.zip [--timezone-fallback Europe/Madrid]`: same code as an
// admin upload; a refused feed exits 1 and the timetable in service stays.
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { requireExistingDatabase } from '../src/lib/config/env'
import { summarize } from '../src/lib/transit/storage'
import { runCli } from './lib/runCli'

const args = process.argv.slice(2).filter((a) => a !== '--')
const fallbackAt = args.indexOf('--timezone-fallback')
const fallbackTimezone = fallbackAt >= 0 ? args.splice(fallbackAt, 2)[1] : undefined
const file = args[0]

if (!file || args.length > 1) {
  console.error('usage: npm run gtfs:import -- path/to/feed.zip [--timezone-fallback Area/City]')
  process.exit(2)
}
if (!fs.existsSync(file)) {
  console.error(`gtfs:import: ${file} does not exist`)
  process.exit(1)
}

let failed = false
await runCli('gtfs:import', async () => {
  // It reads the city: a missing SQLite file is named, not created empty.
  requireExistingDatabase()
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const { importZip } = await import('../src/lib/transit/storage')
    const started = Date.now()
    let last = ''
    const outcome = await importZip(payload, fs.readFileSync(file), path.basename(file), {
      fallbackTimezone,
      onProgress: (step, percent) => {
        const line = `${String(percent).padStart(3)}% ${step}`
        if (line !== last) console.log(line)
        last = line
      },
    })
    console.log('')
    console.log(summarize(outcome.report))
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    if (outcome.ok) {
      console.log(`\ngtfs:import: feed ${outcome.feedId} is in service (${seconds} s).`)
    } else {
      console.error(
        `\ngtfs:import: feed refused (${seconds} s); the previous timetable stays in service.`,
      )
      failed = true
    }
  } finally {
    await payload.destroy()
  }
  if (failed) process.exit(1)
})
