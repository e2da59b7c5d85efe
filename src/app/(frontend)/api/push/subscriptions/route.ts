// POST (subscribe or change) and DELETE (stop) a device's "Notify me" subscription. A
// Next.js route handler like /api/nearby; the checks live in src/lib/push/subscriptionsApi.
import { readServerUrl } from '@/lib/config/env'
import { getPayloadClient } from '@/lib/content/payload'
import { handleSubscribe, handleUnsubscribe, type ApiResult } from '@/lib/push/subscriptionsApi'

export const dynamic = 'force-dynamic'

function respond({ status, body }: ApiResult): Response {
  const headers = { 'Cache-Control': 'no-store' }
  return body === null
    ? new Response(null, { status, headers })
    : Response.json(body, { status, headers })
}

export async function POST(request: Request): Promise<Response> {
  // rate-limit: push-subscribe
  return respond(
    await handleSubscribe(await getPayloadClient(), request, { siteOrigin: readServerUrl() }),
  )
}

export async function DELETE(request: Request): Promise<Response> {
  // rate-limit: push-subscribe
  return respond(
    await handleUnsubscribe(await getPayloadClient(), request, { siteOrigin: readServerUrl() }),
  )
}
