import { getPayloadClient } from '@/lib/content/payload'
import { paths } from '@/lib/content/paths'

export interface SitemapDoc {
  path: string
  updatedAt: string
}

/** Every published document with a page of its own, as locale-less paths. */
export async function listSitemapDocs(): Promise<SitemapDoc[]> {
  const payload = await getPayloadClient()
  const read = async (
    collection: 'services' | 'procedures' | 'topics' | 'pages',
    toPath: (slug: string) => string,
  ) => {
    const { docs } = await payload.find({
      collection,
      select: { slug: true, updatedAt: true },
      pagination: false,
      overrideAccess: false,
      depth: 0,
    })
    return docs.map((doc) => ({ path: toPath(doc.slug), updatedAt: doc.updatedAt }))
  }
  const groups = await Promise.all([
    read('services', paths.service),
    read('procedures', paths.procedure),
    read('topics', paths.topic),
    read('pages', paths.page),
  ])
  return groups.flat()
}
