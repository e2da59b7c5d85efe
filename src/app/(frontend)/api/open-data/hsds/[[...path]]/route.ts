// GET /api/open-data/hsds/…: the city's services as the Open Referral HSDS 3.0 API
// (src/lib/opendata/hsdsApi.ts). ?locale=es for the Spanish texts.
import { readServerUrl } from '@/lib/config/env'
import { getPayloadClient } from '@/lib/content/payload'
import { hsdsApiResponse } from '@/lib/opendata/hsdsApi'
import { openDataPreflight, openDataResponse, openDataRoute } from '@/lib/opendata/openDataHttp'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ path?: string[] }> }

export const GET = openDataRoute(
  unavailableWhenDatabaseDown(async (request: Request, { params }: Context) => {
    const { path = [] } = await params
    const answer = await hsdsApiResponse(
      await getPayloadClient(),
      path,
      new URL(request.url).searchParams,
      readServerUrl(),
    )
    return openDataResponse(request, answer)
  }, getPayloadClient),
)

export const OPTIONS = openDataPreflight
