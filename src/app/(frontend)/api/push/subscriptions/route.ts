// POST (subscribe or change) and DELETE (stop) a device's "Notify me" subscription. A
// Next.js route handler like /api/nearby; the checks live in src/lib/push/subscriptionsApi.
import { readServerUrl } from '@/lib/config/env'
import { getPayloadClient } from '@/lib/content/payload'
import { withRateLimit } from '@/lib/http/rateLimit'
import { handleSubscribe, handleUnsubscribe, type ApiResult } from '@/lib/push/subscriptionsApi'

export const dynamic = 'force-dynamic'

function respond({ status, body, headers: extra }: ApiResult): Response {
  const headers = { 'Cache-Control': 'no-store', ...extra }
  return body === null
    ? new Response(null, { status, headers })
    : Response.json(body, { status, headers })
}

export const POST = withRateLimit('pushSubscribe', async (request: Request) =>
  respond(
    await handleSubscribe(await getPayloadClient(), request, { siteOrigin: readServerUrl() }),
  ),
)

export const DELETE = withRateLimit('pushSubscribe', async (request: Request) =>
  respond(
    await handleUnsubscribe(await getPayloadClient(), request, { siteOrigin: readServerUrl() }),
  ),
)
