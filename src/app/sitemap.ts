import type { MetadataRoute } from 'next'

import { readServerUrl } from '@/lib/config/env'
import { localePath, paths } from '@/lib/content/paths'
import { listSitemapDocs } from '@/lib/sitemap/read'
import { locales } from '@/lib/i18n/locales'

/** Every public page in every language, each with its alternates; revalidated on publish. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = readServerUrl()
  const docs = await listSitemapDocs()
  const pages = [
    { path: paths.home(), updatedAt: undefined },
    { path: paths.services(), updatedAt: undefined },
    { path: paths.procedures(), updatedAt: undefined },
    { path: paths.topics(), updatedAt: undefined },
    ...docs,
  ]
  return pages.flatMap(({ path, updatedAt }) => {
    const languages = Object.fromEntries(
      locales.map((code) => [code, `${origin}${localePath(code, path)}`]),
    )
    return locales.map((locale) => ({
      url: `${origin}${localePath(locale, path)}`,
      lastModified: updatedAt,
      alternates: { languages },
    }))
  })
}
