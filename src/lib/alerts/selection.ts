// Which alerts the public sees at a given instant, and in which order. Pure functions of the
// alert documents and the clock, so that pages, feeds, the banner and the expiry job agree.
import type { Alert } from '@/payload-types'

/** The fields these rules read; pages and feeds may select more. */
export type AlertTiming = Pick<Alert, 'status' | 'withdrawn' | 'onset' | 'expires' | '_status'>

export type AlertPhase = 'upcoming' | 'active' | 'expired'

/** How long an expired alert stays in the "recent" part of the alert list. */
export const RECENT_DAYS = 14

const SEVERITY_RANK: Record<Alert['severity'], number> = {
  Extreme: 0,
  Severe: 1,
  Moderate: 2,
  Minor: 3,
  Unknown: 4,
}

const URGENCY_RANK: Record<Alert['urgency'], number> = {
  Immediate: 0,
  Expected: 1,
  Future: 2,
  Past: 3,
  Unknown: 4,
}

const time = (iso: string | null | undefined): number | null =>
  iso ? new Date(iso).getTime() : null

/**
 * Public: published, a real alert (CAP status Actual, never Test or Exercise) and not
 * cancelled. Documents without `_status` come from a published-only read.
 */
export function isPublicAlert(alert: AlertTiming): boolean {
  return (
    (alert._status ?? 'published') === 'published' && alert.status === 'Actual' && !alert.withdrawn
  )
}

/** Where an alert stands at `now`: not started, in force (onset ≤ now < expires) or over. */
export function alertPhase(alert: Pick<Alert, 'onset' | 'expires'>, now: Date): AlertPhase {
  const at = now.getTime()
  const expires = time(alert.expires)
  if (expires !== null && expires <= at) return 'expired'
  return (time(alert.onset) ?? 0) > at ? 'upcoming' : 'active'
}

/** Public and not yet expired: what the feeds carry. */
export function isCurrentAlert(alert: AlertTiming, now: Date): boolean {
  return isPublicAlert(alert) && alertPhase(alert, now) !== 'expired'
}

/** GOV.UK's rule for an interrupting banner: only the gravest alerts that need action now. */
export function isUrgentAlert(alert: Pick<Alert, 'severity' | 'urgency'>): boolean {
  return (
    (alert.severity === 'Extreme' || alert.severity === 'Severe') && alert.urgency === 'Immediate'
  )
}

/** Banner order: the most severe first, then the most urgent, then the earliest onset. */
export function compareForBanner(
  a: Pick<Alert, 'severity' | 'urgency' | 'onset'>,
  b: Pick<Alert, 'severity' | 'urgency' | 'onset'>,
): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    (time(a.onset) ?? 0) - (time(b.onset) ?? 0)
  )
}

type BannerCandidate = AlertTiming & Pick<Alert, 'severity' | 'urgency'>

/** The alerts every page shows: public and in force now, in banner order. */
export function bannerAlerts<T extends BannerCandidate>(alerts: readonly T[], now: Date): T[] {
  return alerts
    .filter((alert) => isPublicAlert(alert) && alertPhase(alert, now) === 'active')
    .toSorted(compareForBanner)
}

export interface AlertGroups<T> {
  active: T[]
  upcoming: T[]
  /** Expired within RECENT_DAYS, the latest first. */
  recent: T[]
}

/** The three parts of the alert list page. */
export function groupAlerts<T extends BannerCandidate>(
  alerts: readonly T[],
  now: Date,
  recentDays = RECENT_DAYS,
): AlertGroups<T> {
  const visible = alerts.filter(isPublicAlert)
  const since = now.getTime() - recentDays * 24 * 60 * 60 * 1000
  return {
    active: visible.filter((a) => alertPhase(a, now) === 'active').toSorted(compareForBanner),
    upcoming: visible
      .filter((a) => alertPhase(a, now) === 'upcoming')
      .toSorted((a, b) => (time(a.onset) ?? 0) - (time(b.onset) ?? 0)),
    recent: visible
      .filter((a) => alertPhase(a, now) === 'expired' && (time(a.expires) ?? 0) >= since)
      .toSorted((a, b) => (time(b.expires) ?? 0) - (time(a.expires) ?? 0)),
  }
}

/**
 * The instants after `now` at which a public alert starts or ends: the moments the banner,
 * lists and feeds must be rebuilt without any edit.
 */
export function upcomingCrossings(alert: AlertTiming, now: Date): Date[] {
  if (!isPublicAlert(alert)) return []
  return [alert.onset, alert.expires]
    .map(time)
    .filter((at): at is number => at !== null && at > now.getTime())
    .map((at) => new Date(at))
}
