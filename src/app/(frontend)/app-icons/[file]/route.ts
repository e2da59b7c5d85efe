// The app's icons (manifest, apple-touch-icon, notification badge).
import { appIconBytes } from '@/lib/pwa/appIconResponse'
import { getPayloadClient } from '@/lib/content/payload'
import { servedWhenDown } from '@/lib/resilience/lastGoodResponse'

export const dynamic = 'force-dynamic'

export const GET = servedWhenDown(async function GET(
  request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  const { file } = await params
  const icon = await appIconBytes(await getPayloadClient(), file)
  if (!icon) return new Response('Not found', { status: 404 })
  // Versioned URLs (?v=<icon id and date>) never change; bare ones are rechecked daily.
  const versioned = new URL(request.url).searchParams.has('v')
  return new Response(new Uint8Array(icon.body), {
    headers: {
      'Content-Type': 'image/png',
      'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
    },
  })
})
