import { importZip } from '../transit/storage'
import { gtfsToIsoDate, wallClock } from '../transit/time'
import type { SeedRun } from './seedRun'
import { VILLAMAR_FEED_FILE, villamarFeedZip } from './villamarTransit'

/**
 * Puts Villamar's own timetable in service when none is (the same import an admin upload
 * runs), generated for the seed date so that it is valid for the year that follows.
 */
export async function seedTransit(run: SeedRun): Promise<void> {
  const settings = await run.payload.findGlobal({ slug: 'transit-settings', depth: 0 })
  if (settings.activeFeed) return run.log('seed: transit timetable already in service')
  const started = Date.now()
  const seedDate = gtfsToIsoDate(wallClock(run.clock.now, run.clock.timeZone).date)
  const outcome = await importZip(
    run.payload,
    villamarFeedZip(seedDate),
    VILLAMAR_FEED_FILE,
    // The site is built after the seed: nothing to refresh yet.
    { refreshPages: false },
  )
  if (!outcome.ok)
    throw new Error(`The demo GTFS feed was refused: ${outcome.report.errors[0]?.message}`)
  run.log(`seed: transit feed imported in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
