// What every section of the staff dashboard is made of, and how it reads: through the Local
// API as the member of staff (overrideAccess false), at most DASHBOARD_LIMIT documents.
import type { Payload, TypedUser, Where } from 'payload'

export const DASHBOARD_LIMIT = 10
export const DAY_MS = 24 * 60 * 60 * 1000

export interface DashboardItem {
  label: string
  href: string
  /** An ISO date the item is about (requested, due, expires, failed…). */
  at?: string | null
  detail?: string | null
  /** Past due, failed, broken: shown as a warning. */
  warn?: boolean
}

export interface DashboardSection {
  key: SectionKey
  total: number
  items: DashboardItem[]
  /** The collection does not exist here (yet): "no data" rather than "nothing". */
  noData?: boolean
}

export type SectionKey =
  | 'pendingReviews'
  | 'scheduled'
  | 'reviewDates'
  | 'alertsLive'
  | 'alertsExpiring'
  | 'transitFeed'
  | 'failedJobs'
  | 'brokenLinks'

export type Doc = Record<string, unknown> & { id: number | string }

export interface Reader {
  payload: Payload
  user: TypedUser
  now: Date
}

export async function findAs(
  { payload, user }: Reader,
  collection: string,
  where: Where,
  sort: string,
  select?: Record<string, true>,
) {
  const result = await payload.find({
    collection: collection as never,
    where,
    sort,
    limit: DASHBOARD_LIMIT,
    depth: 0,
    ...(select ? { select: select as never } : {}),
    overrideAccess: false,
    user,
  })
  return { total: result.totalDocs, docs: result.docs as unknown as Doc[] }
}

export const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.trim() ? value : fallback
