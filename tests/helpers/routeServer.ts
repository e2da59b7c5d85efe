// Real HTTP for route handlers in integration tests: a Node http server on 127.0.0.1 that
// turns each request into a Fetch `Request`, hands it to the app's route handler and writes
// the `Response` back. Like `next start`, it sets X-Forwarded-For to the socket address only
// when the request has none, and, like Plaza's instrumentation, tags each request with its
// socket address (src/lib/http/clientAddress.ts). Clients can connect from different
// loopback addresses (127.0.0.2, …) to be genuinely different clients.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { observeClientSockets } from '../../src/lib/http/clientAddress'

export type Dispatch = (request: Request) => Promise<Response>

export interface RouteServer {
  origin: string
  close: () => Promise<void>
}

export async function startRouteServer(dispatch: Dispatch): Promise<RouteServer> {
  observeClientSockets()
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined) continue
        for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
      }
      if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', req.socket.remoteAddress!)
      const body =
        chunks.length && !['GET', 'HEAD'].includes(req.method!) ? Buffer.concat(chunks) : undefined
      const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url}`, {
        method: req.method,
        headers,
        body,
      })
      const response = await dispatch(request)
      const outHeaders: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') outHeaders[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) outHeaders['set-cookie'] = cookies
      res.writeHead(response.status, outHeaders)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      // A handler that throws is what `next start` turns into a bare 500.
      console.error('route server: handler threw', error)
      res.writeHead(500).end('Internal Server Error')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: () => any // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** One HTTP request from `from` (a loopback address: the client's identity). */
export function httpRequest(
  url: string,
  {
    method = 'GET',
    headers = {},
    body,
    from = '127.0.0.1',
  }: { method?: string; headers?: Record<string, string>; body?: unknown; from?: string } = {},
): Promise<HttpAnswer> {
  const data =
    body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  const allHeaders = {
    ...(data !== undefined && typeof body !== 'string'
      ? { 'content-type': 'application/json' }
      : {}),
    ...headers,
  }
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: allHeaders, localAddress: from }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({
          status: res.statusCode!,
          headers: res.headers,
          text,
          json: () => JSON.parse(text),
        })
      })
    })
    req.on('error', reject)
    if (data !== undefined) req.write(data)
    req.end()
  })
}

type Handler = (
  request: Request,
  context: { params: Promise<Record<string, unknown>> },
) => Promise<Response>

/** Routes `/api/...` paths to the app's handlers the way the App Router would. */
export function appRouter(
  routes: Array<{
    pattern: RegExp
    methods: Record<string, Handler | undefined>
    params: (m: RegExpExecArray) => Record<string, unknown>
  }>,
): Dispatch {
  return async (request) => {
    const { pathname } = new URL(request.url)
    for (const route of routes) {
      const match = route.pattern.exec(pathname)
      if (!match) continue
      const handler = route.methods[request.method]
      if (!handler) return new Response(null, { status: 405 })
      return handler(request, { params: Promise.resolve(route.params(match)) })
    }
    return new Response('not routed in this test', { status: 404 })
  }
}

/**
 * The app's API route handlers behind one dispatcher: Plaza's public JSON APIs, GraphQL and
 * Payload's REST catch-all. Import only after startTestPayload() has set DATABASE_URI.
 */
export async function plazaApiDispatch(): Promise<Dispatch> {
  const rest = await import('../../src/app/(payload)/api/[...slug]/route')
  const graphql = await import('../../src/app/(payload)/api/graphql/route')
  const search = await import('../../src/app/(frontend)/api/search/route')
  const nearby = await import('../../src/app/(frontend)/api/nearby/route')
  const openData = await import('../../src/app/(frontend)/api/open-data/services.json/route')
  const hsds = await import('../../src/app/(frontend)/api/open-data/hsds/[[...path]]/route')
  const cpsv = await import('../../src/app/(frontend)/api/open-data/cpsv/route')
  const cpsvProcedure =
    await import('../../src/app/(frontend)/[locale]/procedures/[slug]/cpsv.jsonld/route')
  const lines = await import('../../src/app/(frontend)/api/transit/lines/route')
  const line = await import('../../src/app/(frontend)/api/transit/lines/[routeId]/route')
  const departures =
    await import('../../src/app/(frontend)/api/transit/stops/[stopId]/departures/route')
  const push = await import('../../src/app/(frontend)/api/push/subscriptions/route')
  const webhook = await import('../../src/app/(frontend)/api/eoffice/messages/route')
  const none = () => ({})
  return appRouter([
    { pattern: /^\/api\/push\/subscriptions$/, methods: push as never, params: none },
    { pattern: /^\/api\/eoffice\/messages$/, methods: webhook as never, params: none },
    { pattern: /^\/api\/graphql$/, methods: graphql as never, params: none },
    { pattern: /^\/api\/search$/, methods: search as never, params: none },
    { pattern: /^\/api\/nearby$/, methods: nearby as never, params: none },
    { pattern: /^\/api\/open-data\/services\.json$/, methods: openData as never, params: none },
    {
      pattern: /^\/api\/open-data\/hsds(?:\/(.*))?$/,
      methods: hsds as never,
      params: (m) => ({ path: m[1] ? m[1].split('/').map(decodeURIComponent) : undefined }),
    },
    { pattern: /^\/api\/open-data\/cpsv$/, methods: cpsv as never, params: none },
    {
      // next.config.mjs rewrites /:locale/procedures/:slug.jsonld to this route.
      pattern: /^\/([^/]+)\/procedures\/([a-z0-9-]+)\.jsonld$/,
      methods: cpsvProcedure as never,
      params: (m) => ({ locale: m[1], slug: m[2] }),
    },
    { pattern: /^\/api\/transit\/lines$/, methods: lines as never, params: none },
    {
      pattern: /^\/api\/transit\/lines\/([^/]+)$/,
      methods: line as never,
      params: (m) => ({ routeId: decodeURIComponent(m[1]) }),
    },
    {
      pattern: /^\/api\/transit\/stops\/([^/]+)\/departures$/,
      methods: departures as never,
      params: (m) => ({ stopId: decodeURIComponent(m[1]) }),
    },
    {
      pattern: /^\/api\/(.+)$/,
      methods: rest as never,
      params: (m) => ({ slug: m[1].split('/').map(decodeURIComponent) }),
    },
  ])
}
