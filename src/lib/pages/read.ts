import { cache } from 'react'

import { getPayloadClient, publicRead } from '@/lib/content/payload'

export const getPageBySlug = cache(async (slug: string, locale: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'pages',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    select: { title: true, slug: true, summary: true, body: true, updatedAt: true },
    ...(await publicRead(locale)),
  })
  return docs[0] ?? null
})
