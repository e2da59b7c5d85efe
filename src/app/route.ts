// The bare domain sends each visitor to their language's home page.
import { negotiateLocale } from '@/lib/i18n/locales'

export function GET(request: Request): Response {
  const locale = negotiateLocale(request.headers.get('accept-language'))
  return new Response(null, {
    status: 307,
    headers: { Location: `/${locale}`, Vary: 'Accept-Language' },
  })
}
