import type { Payload } from 'payload'

import type { DemoLogin } from './demoLogins'
import type { Clock } from './relativeTime'

/** What the seed fills: the public collections, the demo users and the two globals. */
export type SeedTarget =
  | 'site-settings'
  | 'navigation'
  | 'topics'
  | 'departments'
  | 'districts'
  | 'services'
  | 'procedures'
  | 'events'
  | 'alerts'
  | 'pages'
  | 'users'

export type SeedCounts = Record<SeedTarget, number>

export interface SeedSummary {
  /** Documents written by this run. */
  created: SeedCounts
  /** Documents that were already there and left untouched. */
  skipped: SeedCounts
  /** Documents an interrupted run had left without their Spanish version, finished now. */
  completed: SeedCounts
  /** The demo users created by this run, with their password; empty when they existed. */
  logins: DemoLogin[]
}

/** One seed run: where it writes, how it reports, what time "now" is for relative dates. */
export interface SeedRun {
  payload: Payload
  log: (line: string) => void
  clock: Clock
  summary: SeedSummary
}

/**
 * Every seed write: the seed is trusted (no access checks), must not ask a running site to
 * revalidate (there may be none), and needs no populated relations back.
 */
export const SEED_WRITE = {
  overrideAccess: true,
  context: { disableRevalidate: true },
  depth: 0,
} as const

export function emptySummary(): SeedSummary {
  const zero = (): SeedCounts => ({
    'site-settings': 0,
    navigation: 0,
    topics: 0,
    departments: 0,
    districts: 0,
    services: 0,
    procedures: 0,
    events: 0,
    alerts: 0,
    pages: 0,
    users: 0,
  })
  return { created: zero(), skipped: zero(), completed: zero(), logins: [] }
}

/** One progress line per step, e.g. `seed: services 32/32 (32 created) in 3.1 s`. */
export function reportStep(run: SeedRun, target: SeedTarget, total: number, startedAt: number) {
  const { created, skipped, completed } = run.summary
  const parts = [
    created[target] && `${created[target]} created`,
    completed[target] && `${completed[target]} finished`,
    skipped[target] && `${skipped[target]} already there`,
  ].filter(Boolean)
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  const done = created[target] + completed[target] + skipped[target]
  run.log(`seed: ${target} ${done}/${total} (${parts.join(', ')}) in ${seconds} s`)
}
