import fs from 'node:fs'
import path from 'node:path'

import { sharedDataPath } from '../config/sharedData'
import { importZip } from '../transit/storage'
import type { SeedRun } from './seedRun'

/** The real Caltrain feed kept beside the repository (see ../shared/data/README.md). */
export const DEMO_GTFS_ZIP =
  process.env.PLAZA_DEMO_GTFS || sharedDataPath('gtfs', 'caltrain_20160406.zip')

/**
 * Puts the demo feed in service when no timetable is (a few seconds: the same import an
 * admin upload runs). Skipped, with a line in the log, when the zip is not there.
 */
export async function seedTransit(run: SeedRun): Promise<void> {
  const settings = await run.payload.findGlobal({ slug: 'transit-settings', depth: 0 })
  if (settings.activeFeed) return run.log('seed: transit timetable already in service')
  if (!fs.existsSync(DEMO_GTFS_ZIP))
    return run.log(`seed: no demo GTFS feed at ${DEMO_GTFS_ZIP}; transit skipped`)
  const started = Date.now()
  const outcome = await importZip(
    run.payload,
    fs.readFileSync(DEMO_GTFS_ZIP),
    path.basename(DEMO_GTFS_ZIP),
    // The site is built after the seed: nothing to refresh yet.
    { refreshPages: false },
  )
  if (!outcome.ok)
    throw new Error(`The demo GTFS feed was refused: ${outcome.report.errors[0]?.message}`)
  run.log(`seed: transit feed imported in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
