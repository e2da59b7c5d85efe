// Files built per request from the database (.ics, RSS, manifest, icons): when building fails,
// the last 200 this process sent for the URL, else a clear 503 (docs/SECURITY.md).
import { fallbackLogger, lastGood } from './lastGood'

interface KeptResponse {
  body: ArrayBuffer
  headers: [string, string][]
}

export const unavailableResponse = () =>
  new Response('Temporarily unavailable: please try again in a minute.', {
    status: 503,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': '30',
    },
  })

export function servedWhenDown<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  { maxEntries = 100 }: { maxEntries?: number } = {},
): (request: Request, context: C) => Promise<Response> {
  const store = lastGood<KeptResponse>({ maxEntries })
  const warn = fallbackLogger('served when down')
  return async (request, context) => {
    const url = new URL(request.url)
    const key = `${url.pathname}${url.search}`
    let response: Response
    try {
      response = await handler(request, context)
    } catch (error) {
      const kept = store.recall(key)
      if (!kept) {
        console.error(`${url.pathname}: could not build the response`, error)
        return unavailableResponse()
      }
      warn(key, error)
      return new Response(kept.body.slice(0), { status: 200, headers: kept.headers })
    }
    // Only a 200 is kept; a 404 (unpublished) or any other answer passes through as it is.
    if (response.status !== 200) return response
    const body = await response.arrayBuffer()
    const headers: [string, string][] = [...response.headers]
    store.remember(key, { body, headers })
    return new Response(body.slice(0), { status: 200, headers })
  }
}
