// GET /api/eoffice/callback: the identity provider's redirect after sign-in.
import { getPayloadClient } from '@/lib/content/payload'
import { handleCallback } from '@/lib/eoffice/handlers'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  return handleCallback(request, { payload: await getPayloadClient() })
}
