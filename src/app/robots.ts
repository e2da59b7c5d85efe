import type { MetadataRoute } from 'next'

import { readServerUrl } from '@/lib/config/env'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
    sitemap: `${readServerUrl()}/sitemap.xml`,
  }
}
