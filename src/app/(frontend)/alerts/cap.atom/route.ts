// Locale-less, like the CAP documents it lists (each carries every language). This static
// `alerts` segment takes precedence over the dynamic [locale] one.
import { capIndex } from '@/lib/alerts/feedResponses'

export const dynamic = 'force-static'

export async function GET() {
  return new Response(await capIndex(), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
}
