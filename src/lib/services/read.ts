import { cache } from 'react'

import { getPayloadClient, publicRead, readAccess } from '@/lib/content/payload'
import { getSiteSettings } from '@/lib/content/read'

import { withStatusInForce } from './noticeDates'
import { findServiceNotices } from './queries'

const listSelect = { title: true, slug: true, summary: true, category: true, status: true } as const

/** The city's time zone: a notice's days are the city's days. */
async function cityTimeZone(locale: string): Promise<string> {
  return (await getSiteSettings(locale)).timezone || 'UTC'
}

/** The services with their status as the public sees it now (a notice only on its days). */
async function inForce<D extends Parameters<typeof withStatusInForce>[0][number]>(
  docs: D[],
  locale: string,
): Promise<D[]> {
  return withStatusInForce(docs, new Date(), await cityTimeZone(locale))
}

export const listServices = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    depth: 0,
    select: listSelect,
    ...(await publicRead(locale)),
  })
  return inForce(docs, locale)
})

/** Services limited or closed today: the home page warns about them. */
export const listServiceNotices = cache(async (locale: string) => {
  const [payload, access, timeZone] = await Promise.all([
    getPayloadClient(),
    readAccess(),
    cityTimeZone(locale),
  ])
  return findServiceNotices(payload, { locale, now: new Date(), timeZone, access })
})

export const listServicesByTopic = cache(async (topicId: number, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    where: { topics: { in: [topicId] } },
    depth: 0,
    select: listSelect,
    ...(await publicRead(locale)),
  })
  return inForce(docs, locale)
})

export const getServiceBySlug = cache(async (slug: string, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    // No exclusion `select` here: on SQLite it drops the `point` of array rows (Payload 3.90).
    populate: {
      topics: { title: true, slug: true },
      departments: { title: true, email: true, phone: true, address: true },
      // Internal links in the rich text only need their target's address.
      services: { slug: true },
      procedures: { slug: true },
      pages: { slug: true },
    },
    ...(await publicRead(locale)),
  })
  const [service] = await inForce(docs, locale)
  return service ?? null
})
