// The VAPID public key browsers need for pushManager.subscribe (applicationServerKey).
import { readVapidKeys } from '@/lib/push/vapid'

export const dynamic = 'force-dynamic'

export function GET(): Response {
  return Response.json(
    { publicKey: readVapidKeys().publicKey },
    { headers: { 'Cache-Control': 'public, max-age=300' } },
  )
}
