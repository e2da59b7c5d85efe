// POST /api/eoffice/logout: ends the citizen session (same origin only).
import { handleLogout } from '@/lib/eoffice/handlers'

export const dynamic = 'force-dynamic'

export function POST(request: Request): Promise<Response> {
  return handleLogout(request)
}
