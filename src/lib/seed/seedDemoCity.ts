// The demo city of Villamar, enough content for every page, feed and map to show something.
// Safe to run again: a second run creates nothing.
import type { Payload } from 'payload'

import { demoLoginsFileFor } from './demoLogins'
import { DEMO_TIME_ZONE } from './data/site'
import { SEED_LOCALES } from './localized'
import { seedNavigation, seedSiteSettings } from './seedGlobals'
import { seedAlerts, seedEvents } from './seedAgenda'
import { seedPages } from './seedPages'
import { seedProcedures } from './seedProcedures'
import { seedDepartments, seedDistricts, seedTopics } from './seedReferenceData'
import { emptySummary, type SeedRun, type SeedSummary } from './seedRun'
import { seedServices } from './seedServices'
import { seedTransit } from './seedTransit'
import { seedUsers } from './seedUsers'

export type { SeedSummary } from './seedRun'

export interface SeedDemoCityOptions {
  log?: (line: string) => void
  /** The password of the demo users created now; a random readable one when absent. */
  demoPassword?: string
  /** Where new demo logins are recorded (default: beside the SQLite file); `null` for none. */
  loginsFile?: string | null
  /** The moment that relative dates (agenda, alerts, reviews) count from. */
  now?: Date
}

function assertSeedLocales(payload: Payload): void {
  const configured = payload.config.localization ? payload.config.localization.localeCodes : []
  const missing = SEED_LOCALES.filter((locale) => !configured.includes(locale))
  if (missing.length > 0) {
    throw new Error(
      `The demo city is written in ${SEED_LOCALES.join(' and ')}, but PLAZA_LOCALES lacks ${missing.join(', ')}.`,
    )
  }
}

export async function seedDemoCity(
  payload: Payload,
  options: SeedDemoCityOptions = {},
): Promise<SeedSummary> {
  assertSeedLocales(payload)
  const startedAt = Date.now()
  const run: SeedRun = {
    payload,
    log: options.log ?? (() => {}),
    clock: { now: options.now ?? new Date(), timeZone: DEMO_TIME_ZONE },
    summary: emptySummary(),
  }
  const password = options.demoPassword?.trim() || undefined
  const loginsFile = options.loginsFile === undefined ? demoLoginsFileFor() : options.loginsFile

  await seedSiteSettings(run)
  await seedNavigation(run)
  await seedUsers(run, password, loginsFile)
  const topics = await seedTopics(run)
  const departments = await seedDepartments(run)
  await seedDistricts(run)
  const services = await seedServices(run, { topics, departments })
  const procedures = await seedProcedures(run, { topics, departments, services })
  await seedEvents(run, { topics, services })
  await seedAlerts(run, { services, procedures })
  await seedPages(run)
  await seedTransit(run)

  const { created, completed } = run.summary
  const total = (counts: Record<string, number>) =>
    Object.values(counts).reduce((sum, count) => sum + count, 0)
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  run.log(
    `seed: done in ${seconds} s: ${total(created)} created, ${total(completed)} finished, ${total(run.summary.skipped)} already there`,
  )
  return run.summary
}
