// The public site's alert reads: the banner, the list and the alert page. Shared across a
// render with React cache(); pages are static and refreshed by revalidation on publish and
// by the jobs queue at each alert's onset and expiry.
import { cache } from 'react'

import { bannerAlerts, groupAlerts } from '@/lib/alerts/selection'
import { findAlertBySlug, findAlerts, findListedAlerts } from '@/lib/alerts/queries'

import { getPayloadClient, readAccess } from './payload'

/** Alerts in force now, in banner order. */
export const getBannerAlerts = cache(async (locale: string) => {
  const now = new Date()
  const payload = await getPayloadClient()
  const alerts = await findAlerts(payload, { locale, since: now, access: await readAccess() })
  return bannerAlerts(alerts, now)
})

export const getAlertGroups = cache(async (locale: string) => {
  const now = new Date()
  const payload = await getPayloadClient()
  return groupAlerts(
    await findListedAlerts(payload, { locale, now, access: await readAccess() }),
    now,
  )
})

export const getAlertBySlug = cache(async (slug: string, locale: string) => {
  const payload = await getPayloadClient()
  return findAlertBySlug(payload, { slug, locale, access: await readAccess() })
})

/** Active alerts that name a service or procedure, for a notice on its page. */
export const getAlertsAffecting = cache(
  async (kind: 'services' | 'procedures', id: number, locale: string) => {
    const alerts = await getBannerAlerts(locale)
    return alerts.filter((alert) => {
      const affected = alert.affects?.[kind] ?? []
      return affected.some((entry) => (typeof entry === 'object' ? entry.id : entry) === id)
    })
  },
)

/** Slugs of real published alerts, for generateStaticParams (no request, no draft mode). */
export async function publicAlertSlugs(): Promise<{ slug: string }[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'alerts',
    where: { status: { equals: 'Actual' } },
    select: { slug: true },
    pagination: false,
    overrideAccess: false,
    depth: 0,
  })
  return docs.map((doc) => ({ slug: doc.slug }))
}
