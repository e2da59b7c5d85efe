import { cache } from 'react'

import { fallbackLogger, lastGood } from '@/lib/resilience/lastGood'

import { getPayloadClient, publicRead } from '@/lib/content/payload'

async function readTopics(locale: string) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'topics',
    sort: 'order',
    depth: 0,
    select: { title: true, slug: true, description: true },
    ...(await publicRead(locale)),
  })
  return docs
}

// The agenda (rendered per request) lists the topics: keep the last published list for
// when the database is down (src/lib/resilience/lastGood.ts). Draft readers get no copy.
const keptTopics = lastGood<Awaited<ReturnType<typeof readTopics>>>({
  onFallback: fallbackLogger('topics'),
})

export const listTopics = cache(async (locale: string) => {
  const { draft } = await publicRead(locale)
  return draft ? readTopics(locale) : keptTopics.read(locale, () => readTopics(locale))
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
