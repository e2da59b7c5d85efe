import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/lib/http/securityHeaders.mjs'

// Several instances (README, "Running several instances"): with REDIS_URL they share one
// page cache, and with PLAZA_FRONT_CACHES every revalidation purges the front caches. Read
// when `next start` starts, so one build serves both shapes; without either, Next's own cache.
const sharedCacheHandler =
  process.env.REDIS_URL?.trim() || process.env.PLAZA_FRONT_CACHES?.trim()
    ? {
        cacheHandler: fileURLToPath(
          new URL('./src/lib/cluster/sharedCacheHandler.mjs', import.meta.url),
        ),
      }
    : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so they never overwrite the demo's build.
  distDir: process.env.PLAZA_DIST_DIR || '.next',
  poweredByHeader: false,
  // Behind a front cache that compresses (deploy/varnish/plaza.vcl does, once per cached
  // copy), PLAZA_FRONT_COMPRESSES=1 spares each instance a gzip of every page it sends.
  compress: process.env.PLAZA_FRONT_COMPRESSES !== '1',
  ...sharedCacheHandler,
  // Types are checked by `tsc --noEmit` before the build (npm run build; npm run lint in CI),
  // not by a TypeScript process running beside the bundler: about 0.7 GB less at the build's
  // peak (bench/build.sh), and no second check in CI.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The proxy buffers at most this much of a body, and answers 413 above it (src/proxy.ts,
    // PROXY_BODY_MAX_BYTES). Upload collections' requests bypass the proxy: GTFS zips are larger.
    proxyClientMaxBodySize: 10 * 1024 * 1024,
    // The stylesheet goes into the HTML: no render-blocking request before the first paint
    // (Lighthouse's mobile LCP is text on most pages).
    inlineCss: true,
    // The build's memory, summed over its processes (bench/build.sh, budget 2 GB): Turbopack's
    // build cache (useless on a fresh clone or in CI, and 17 s to write) and its source maps
    // took it from 2.2 GB to 3.5 GB; off, the build is also about 20 s faster.
    turbopackFileSystemCacheForBuild: false,
    turbopackSourceMaps: false,
    // Build memory (bench/build.sh), continued: Turbopack runs its Node.js transforms (the
    // PostCSS step) in threads of the build process instead of a pool of child processes,
    // each a Node.js process of its own (about 90 MB apiece at the build's peak).
    turbopackPluginRuntimeStrategy: 'workerThreads',
    // Shared client code in one chunk, not five (same bytes): Lighthouse's simulated LCP counted
    // each small chunk that loaded before the first paint (bench/lighthouse.ts).
    turbopackChunking: {
      maxChunkCountPerGroup: 1,
      minChunkSize: 1_000_000,
      maxMergeChunkSize: 10_000_000,
    },
  },
  // Build memory (bench/build.sh), continued: Payload and its database adapters (all three are
  // imported, whichever DATABASE_URI picks) load from node_modules at run time instead of
  // going through Turbopack: compile peak 1.9 GB -> 1.65 GB and about 20 s faster.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
  ],
  reactStrictMode: true,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }, { pathname: '/**' }] },
  // An event's .ics sits beside its page (/en/agenda/market.ics); the page owns the
  // [slug] segment, so the file is served from a route one level down.
  async rewrites() {
    return [
      {
        source: '/:locale/agenda/:slug([a-z0-9-]+).ics',
        destination: '/:locale/agenda/:slug/event.ics',
      },
      // The same for a procedure's CPSV-AP document (/en/procedures/register.jsonld).
      {
        source: '/:locale/procedures/:slug([a-z0-9-]+).jsonld',
        destination: '/:locale/procedures/:slug/cpsv.jsonld',
      },
      // Clients that ask for /favicon.ico without reading the page (feed readers, bookmarks)
      // get the city's app icon, which pages name as their icon.
      { source: '/favicon.ico', destination: '/app-icons/icon-192.png' },
    ]
  },
  async headers() {
    return [
      ...securityHeaders({ production: process.env.NODE_ENV === 'production' }),
      // The citizen's e-office inbox is private: never indexed (the page also says so).
      {
        source: '/:locale/my/:path*',
        headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }],
      },
    ]
  },
}

const withPayloadConfig = withPayload(nextConfig, { devBundleServerPackages: false })

// withPayload asks every browser for its colour scheme on every path with `Critical-CH`, which
// makes Chrome send a first-time visitor's navigation twice (the first answer is thrown away
// and the request repeated with the hint): a whole extra round trip before the citizen page's
// HTML (bench/lighthouse.ts). Only the admin themes itself from the hint, so it keeps them.
const ADMIN_PATHS = ['/admin', '/admin/:path*']
const CLIENT_HINT_HEADERS = new Set(['accept-ch', 'critical-ch', 'vary'])
const payloadHeaders = withPayloadConfig.headers
withPayloadConfig.headers = async () =>
  (await payloadHeaders()).flatMap((rule) => {
    const hints = rule.headers.filter((header) => CLIENT_HINT_HEADERS.has(header.key.toLowerCase()))
    if (rule.source !== '/:path*' || hints.length === 0) return [rule]
    const others = rule.headers.filter((header) => !hints.includes(header))
    return [
      ...(others.length ? [{ ...rule, headers: others }] : []),
      ...ADMIN_PATHS.map((source) => ({ ...rule, source, headers: hints })),
    ]
  })

export default withPayloadConfig
