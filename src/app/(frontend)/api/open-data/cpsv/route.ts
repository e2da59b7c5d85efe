// GET /api/open-data/cpsv: every published procedure as one CPSV-AP JSON-LD document
// (src/lib/opendata/cpsvApi.ts). ?locale=es for the Spanish texts.
import { readServerUrl } from '@/lib/config/env'
import { getPayloadClient } from '@/lib/content/payload'
import { defaultLocale } from '@/lib/i18n/locales'
import { cpsvAnswer } from '@/lib/opendata/cpsvApi'
import { openDataPreflight, openDataResponse, openDataRoute } from '@/lib/opendata/openDataHttp'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

export const dynamic = 'force-dynamic'

export const GET = openDataRoute(
  unavailableWhenDatabaseDown(async (request: Request) => {
    const locale = new URL(request.url).searchParams.get('locale') || defaultLocale
    const answer = await cpsvAnswer(
      await getPayloadClient(),
      { locale, slug: null },
      readServerUrl(),
    )
    return openDataResponse(request, answer)
  }, getPayloadClient),
)

export const OPTIONS = openDataPreflight
