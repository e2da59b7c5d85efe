// POST /api/eoffice/disconnect: deletes the citizen's link and notices (same origin only).
import { getPayloadClient } from '@/lib/content/payload'
import { handleDisconnect } from '@/lib/eoffice/handlers'

export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  return handleDisconnect(request, { payload: await getPayloadClient() })
}
