// The public site's alert reads. Pages are static, refreshed on publish and by jobs at each
// alert's onset and expiry.
import { cache } from 'react'

import { bannerAlerts, groupAlerts } from '@/lib/alerts/selection'
import { findAlertBySlug, findAlerts, findListedAlerts } from '@/lib/alerts/queries'
import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'

import { getPayloadClient, readAccess } from '@/lib/content/payload'

// Per-request pages keep the last published alerts when the database is down, still dropping
// those that expire; draft readers get no copy.
const keptBannerAlerts = lastGood<Awaited<ReturnType<typeof findAlerts>>>({
  onFallback: fallbackLogger('banner alerts'),
})

/** Alerts in force now, in banner order. */
export const getBannerAlerts = cache(async (locale: string) => {
  const now = new Date()
  const access = await readAccess()
  const read = async () => findAlerts(await getPayloadClient(), { locale, since: now, access })
  const alerts = access.draft ? await read() : await keptBannerAlerts.read(locale, read)
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
