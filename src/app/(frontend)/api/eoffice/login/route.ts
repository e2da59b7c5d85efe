// GET /api/eoffice/login: starts the citizen's sign-in at the e-office identity provider.
import { handleLogin } from '@/lib/eoffice/handlers'

export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return handleLogin(request)
}
