// GET /api/open-data/services.json: the first open-data address, kept for its consumers as a
// permanent redirect (308) to the HSDS 3.0 API, keeping the language.
import { HSDS_PREFIX } from '@/lib/opendata/hsdsApi'
import { MAX_PER_PAGE } from '@/lib/opendata/hsdsQuery'
import { OPEN_DATA_CORS, openDataPreflight, openDataRoute } from '@/lib/opendata/openDataHttp'

export const dynamic = 'force-dynamic'

export const GET = openDataRoute(async (request: Request) => {
  const locale = new URL(request.url).searchParams.get('locale')
  const query = new URLSearchParams({ full: 'true', per_page: String(MAX_PER_PAGE) })
  if (locale) query.set('locale', locale)
  return new Response(null, {
    status: 308,
    // A relative Location: right behind any proxy, whatever host the request came through.
    headers: {
      ...OPEN_DATA_CORS,
      Location: `${HSDS_PREFIX}/services?${query}`,
      'Cache-Control': 'public, max-age=86400',
    },
  })
})

export const OPTIONS = openDataPreflight
