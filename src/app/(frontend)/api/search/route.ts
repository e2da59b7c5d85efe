import { getPayloadClient } from '@/lib/content/payload'
import { parseSearchParams } from '@/lib/search/searchParams'
import { searchSite } from '@/lib/search/searchService'
import { withRateLimit } from '@/lib/http/rateLimit'

export const dynamic = 'force-dynamic'

/** GET /api/search?q=&locale=&type=&limit= — the same search the results page shows. */
export const GET = withRateLimit('search', async (request: Request): Promise<Response> => {
  const parsed = parseSearchParams(new URL(request.url).searchParams)
  if (!parsed.ok) return Response.json({ error: parsed.error }, { status: 400 })
  try {
    const payload = await getPayloadClient()
    const result = await searchSite(payload, parsed.query)
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } })
  } catch (error) {
    console.error('search failed', error)
    return Response.json(
      { error: 'Search is unavailable right now. Please try again.' },
      { status: 503 },
    )
  }
})
