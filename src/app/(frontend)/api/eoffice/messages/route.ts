// POST /api/eoffice/messages: the electronic office's signed webhook (see README).
import { getPayloadClient } from '@/lib/content/payload'
import { handleMessage } from '@/lib/eoffice/handlers'
import { withRateLimit } from '@/lib/http/rateLimit'

export const dynamic = 'force-dynamic'

export const POST = withRateLimit('webhook', async (request: Request) =>
  handleMessage(request, { payload: await getPayloadClient() }),
)
