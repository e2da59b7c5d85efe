import { cache } from 'react'

import { getPayloadClient, publicRead } from './payload'

export const listTopics = cache(async (locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    sort: 'order',
    depth: 0,
    select: { title: true, slug: true, description: true },
    ...(await publicRead(locale)),
  })
  return docs
})

export const getTopicBySlug = cache(async (slug: string, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    select: { title: true, slug: true, description: true },
    ...(await publicRead(locale)),
  })
  return docs[0] ?? null
})
