// The search page spends the same per-client `search` budget as /api/search (docs/SECURITY.md);
// over it, a real 429 page. The empty search form costs nothing.
import { getMessages } from '@/lib/i18n/messages'
import { isLocale } from '@/lib/i18n/locales'

import { clientAddress } from './clientAddress'
import { consumeRateLimit } from './rateLimit'

/** The locale of a search page path ("/es/search" → "es"), or null for any other path. */
export function searchPageLocale(pathname: string): string | null {
  const match = /^\/([^/]+)\/search\/?$/.exec(pathname)
  return match && isLocale(match[1]) ? match[1]! : null
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The 429 answer for a search page request over the limit, or null to render the page. */
export async function limitSearchPage(request: Request): Promise<Response | null> {
  const url = new URL(request.url)
  const locale = searchPageLocale(url.pathname)
  if (!locale || !url.searchParams.get('q')?.trim()) return null
  const wait = await consumeRateLimit('search', [`ip:${clientAddress(request)}`])
  if (wait === null) return null
  const t = getMessages(locale).search
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t.title)}</title></head><body><main><h1>${escapeHtml(t.title)}</h1><p role="status">${escapeHtml(t.tooMany(wait))}</p></main></body></html>`
  return new Response(html, {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(wait),
      'Cache-Control': 'no-store',
    },
  })
}
