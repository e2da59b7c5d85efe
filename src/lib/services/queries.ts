// Reads of services whose result depends on the clock: a notice shows only on the days it
// applies (noticeDates.ts). Take the Payload instance, so that pages, jobs and tests share them.
import type { Payload, Where } from 'payload'

import type { Config } from '@/payload-types'

import { isNoticeInForce } from './noticeDates'

type Access =
  | { draft?: false; overrideAccess: false }
  | { draft: true; overrideAccess: false; user: Config['user'] }

/** Services limited or closed at `now`: what the home page warns about. */
export async function findServiceNotices(
  payload: Payload,
  {
    locale,
    now,
    timeZone,
    access = { overrideAccess: false },
  }: { locale: string; now: Date; timeZone: string; access?: Access },
) {
  const where: Where = { 'status.state': { not_equals: 'normal' } }
  const { docs } = await payload.find({
    collection: 'services',
    where,
    depth: 0,
    select: { title: true, slug: true, status: true },
    locale: locale as Config['locale'],
    pagination: false,
    ...access,
  })
  return docs.filter((doc) => isNoticeInForce(doc.status, now, timeZone))
}
