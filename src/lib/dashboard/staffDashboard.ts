// The admin home: what needs attention, read as the person (overrideAccess false) so each role
// sees what it may; a section they may not read is left out, not shown empty.
import type { Payload, TypedUser } from 'payload'

import { alerts, brokenLinks, pendingReviews, reviewDates, scheduled } from './editorialSections'
import type { DashboardSection, Reader } from './sections'
import { failedJobs, transitFeed } from './systemSections'

const SECTIONS: Array<(r: Reader) => Promise<DashboardSection>> = [
  pendingReviews,
  scheduled,
  reviewDates,
  (r) => alerts(r, false),
  (r) => alerts(r, true),
  transitFeed,
  failedJobs,
  brokenLinks,
]

/** Every section this person may read, in a fixed order. */
export async function loadStaffDashboard(
  payload: Payload,
  user: TypedUser,
  now: Date = new Date(),
): Promise<DashboardSection[]> {
  const reader = { payload, user, now }
  const settled = await Promise.allSettled(SECTIONS.map((section) => section(reader)))
  return settled.flatMap((result) => {
    if (result.status === 'fulfilled') return [result.value]
    // Forbidden: not this person's to see. Anything else is logged and the section left out:
    // one broken query must not take the admin's home page down.
    const status = (result.reason as { status?: number })?.status
    if (status !== 403)
      payload.logger.error({ err: result.reason, msg: 'staff dashboard: a section failed' })
    return []
  })
}
