// The web app manifest of one language (linked from that language's pages).
import { buildWebAppManifest } from '@/lib/pwa/manifest'
import { readAppSettings } from '@/lib/pwa/readAppSettings'
import { getPayloadClient } from '@/lib/content/payload'
import { isLocale } from '@/lib/i18n/locales'
import { servedWhenDown } from '@/lib/resilience/lastGoodResponse'

// Settings can change at any time and the file is tiny: built on each request.
export const dynamic = 'force-dynamic'

export const GET = servedWhenDown(async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string }> },
): Promise<Response> {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const settings = await readAppSettings(await getPayloadClient(), locale)
  return new Response(JSON.stringify(buildWebAppManifest(settings), null, 2), {
    headers: {
      'Content-Type': 'application/manifest+json; charset=utf-8',
      'Cache-Control': 'public, max-age=0, must-revalidate',
    },
  })
})
