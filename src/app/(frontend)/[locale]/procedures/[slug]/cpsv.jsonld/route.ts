// Reached as /[locale]/procedures/[slug].jsonld by a rewrite in next.config.mjs: the page owns
// that segment, so the document lives one level down.
import { readServerUrl } from '@/lib/config/env'
import { getPayloadClient } from '@/lib/content/payload'
import { cpsvAnswer } from '@/lib/opendata/cpsvApi'
import { openDataPreflight, openDataResponse, openDataRoute } from '@/lib/opendata/openDataHttp'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ locale: string; slug: string }> }

export const GET = openDataRoute(
  unavailableWhenDatabaseDown(async (request: Request, { params }: Context) => {
    const { locale, slug } = await params
    const answer = await cpsvAnswer(await getPayloadClient(), { locale, slug }, readServerUrl())
    return openDataResponse(request, answer)
  }, getPayloadClient),
)

export const OPTIONS = openDataPreflight
