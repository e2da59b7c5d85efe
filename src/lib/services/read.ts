import { cache } from 'react'

import { getPayloadClient, publicRead } from '@/lib/content/payload'

const listSelect = { title: true, slug: true, summary: true, category: true, status: true } as const

export const listServices = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    depth: 0,
    select: listSelect,
    ...(await publicRead(locale)),
  })
  return docs
})

/** Services whose status is limited or closed: the home page warns about them. */
export const listServiceNotices = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'services',
    where: { 'status.state': { not_equals: 'normal' } },
    depth: 0,
    select: { title: true, slug: true, status: true },
    ...(await publicRead(locale)),
  })
  return docs
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
  return docs
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
  return docs[0] ?? null
})
