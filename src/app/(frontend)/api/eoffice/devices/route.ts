// /api/eoffice/devices: link (POST) or unlink (DELETE) this device's push subscription to
// the signed-in citizen; GET tells the page whether it is linked.
import { getPayloadClient } from '@/lib/content/payload'
import { handleDevices, handleDeviceStatus } from '@/lib/eoffice/handlers'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  return handleDeviceStatus(request, { payload: await getPayloadClient() })
}

export async function POST(request: Request): Promise<Response> {
  return handleDevices(request, { payload: await getPayloadClient() })
}

export async function DELETE(request: Request): Promise<Response> {
  return handleDevices(request, { payload: await getPayloadClient() })
}
