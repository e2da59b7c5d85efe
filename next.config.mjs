import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/http/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/**' }] },
  async headers() {
    return securityHeaders({ production: process.env.NODE_ENV === 'production' })
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
