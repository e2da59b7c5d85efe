// A local HTTP stand-in for Algolia's REST API, enough for the v5 client: it records every
// request (method, path, key, body) and answers like the service would. Tests point the
// client at it with ALGOLIA_HOST; nothing leaves the machine.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  apiKey: string | undefined
  appId: string | undefined
  body: unknown
}

export interface AlgoliaStandIn {
  url: string
  requests: RecordedRequest[]
  /** While set, every request fails with this status (e.g. 500, 429). */
  failWith: number | null
  /** Hits returned for search queries. */
  hits: Record<string, unknown>[]
  close: () => Promise<void>
}

export async function startAlgoliaStandIn(): Promise<AlgoliaStandIn> {
  let taskID = 0
  const state: Omit<AlgoliaStandIn, 'url' | 'close'> = { requests: [], failWith: null, hits: [] }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const url = new URL(req.url ?? '/', 'http://stand-in')
      state.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        apiKey: req.headers['x-algolia-api-key'] as string | undefined,
        appId: req.headers['x-algolia-application-id'] as string | undefined,
        body: text ? JSON.parse(text) : null,
      })
      res.setHeader('content-type', 'application/json')
      if (state.failWith) {
        res.statusCode = state.failWith
        res.end(JSON.stringify({ message: 'stand-in failure', status: state.failWith }))
        return
      }
      const updatedAt = new Date().toISOString()
      if (url.pathname.endsWith('/queries')) {
        const requests = (JSON.parse(text) as { requests: { hitsPerPage?: number }[] }).requests
        res.end(
          JSON.stringify({
            results: requests.map((r) => ({
              hits: r.hitsPerPage === 0 ? [] : state.hits,
              nbHits: state.hits.length,
              facets: { type: { procedure: state.hits.length } },
              page: 0,
              hitsPerPage: r.hitsPerPage ?? 20,
              processingTimeMS: 1,
            })),
          }),
        )
        return
      }
      if (url.pathname.includes('/task/')) {
        res.end(JSON.stringify({ status: 'published', pendingTask: false }))
        return
      }
      const body = text
        ? (JSON.parse(text) as { requests?: { body?: { objectID?: string } }[] })
        : {}
      res.end(
        JSON.stringify({
          taskID: ++taskID,
          objectIDs: (body.requests ?? []).map((r) => r.body?.objectID ?? ''),
          updatedAt,
          createdAt: updatedAt,
        }),
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}
