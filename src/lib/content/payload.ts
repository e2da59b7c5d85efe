// The one way the public site reads Payload: anonymous, or as the editor in draft mode. Headers
// are read only in draft mode, so pages stay static.
import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import type { Config } from '@/payload-types'

/** Payload's generated locale union; the site's locales come from PLAZA_LOCALES at runtime. */
export type ContentLocale = Config['locale']

export function contentLocale(locale: string): ContentLocale {
  return locale as ContentLocale
}

export function getPayloadClient(): Promise<Payload> {
  return getPayload({ config })
}

type ReadAccess =
  | { draft: false; overrideAccess: false }
  | { draft: true; overrideAccess: false; user: Config['user'] }

/**
 * Options every public read spreads into its Local API call. `overrideAccess: false` makes
 * the collections' access rules apply, which limit anonymous readers to published documents.
 */
export const readAccess = cache(async (): Promise<ReadAccess> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return { draft: false, overrideAccess: false }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  // Draft mode without a signed-in user (e.g. an expired session) reads as the public does:
  // asking for drafts anonymously would hide every document that has a pending draft.
  if (!user) return { draft: false, overrideAccess: false }
  return { draft: true, overrideAccess: false, user: user as Config['user'] }
})

/**
 * The options every list or lookup of the public site shares: the language, no
 * pagination (the site shows every item) and the reader's access.
 */
export async function publicRead(locale: string) {
  return { locale: contentLocale(locale), pagination: false as const, ...(await readAccess()) }
}

type SluggedCollection = 'services' | 'procedures' | 'topics' | 'pages' | 'events'

/**
 * Published slugs of a collection, for `generateStaticParams`. Runs outside a request at
 * build time, so it never looks at draft mode.
 */
export async function publishedSlugs(collection: SluggedCollection): Promise<{ slug: string }[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection,
    select: { slug: true },
    pagination: false,
    overrideAccess: false,
    depth: 0,
  })
  return docs.map((doc) => ({ slug: doc.slug }))
}
