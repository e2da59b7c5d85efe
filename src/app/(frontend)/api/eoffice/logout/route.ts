// POST /api/eoffice/logout: ends the citizen session (same origin only).
import { getPayloadClient } from '@/lib/content/payload'
import { handleLogout } from '@/lib/eoffice/handlers'

export const dynamic = 'force-dynamic'

export async function POST(request: Request): Promise<Response> {
  return handleLogout(request, { payload: await getPayloadClient() })
}
