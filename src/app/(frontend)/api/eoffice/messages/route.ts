// POST /api/eoffice/messages: the electronic office's signed webhook (see README).
import { getPayloadClient } from '@/lib/content/payload'
import { handleMessage } from '@/lib/eoffice/handlers'

export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  return handleMessage(request, { payload: await getPayloadClient() })
}
