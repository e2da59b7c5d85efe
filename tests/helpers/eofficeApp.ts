// The /api/eoffice route handlers served over real HTTP on 127.0.0.1 (the same functions
// the Next.js route files call), and a tiny cookie-keeping "browser" that follows
// redirects between the app and the identity provider one hop at a time.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import {
  handleCallback,
  handleDevices,
  handleDeviceStatus,
  handleDisconnect,
  handleLogin,
  handleLogout,
  handleMessage,
} from '@/lib/eoffice/handlers'

type Handler = (request: Request) => Promise<Response>

export async function startEOfficeApp(payload: Payload): Promise<{
  origin: string
  server: http.Server
  close: () => Promise<void>
}> {
  const routes: Record<string, Handler> = {
    'GET /api/eoffice/login': (r) => handleLogin(r),
    'GET /api/eoffice/callback': (r) => handleCallback(r, { payload }),
    'POST /api/eoffice/logout': (r) => handleLogout(r, { payload }),
    'POST /api/eoffice/disconnect': (r) => handleDisconnect(r, { payload }),
    'GET /api/eoffice/devices': (r) => handleDeviceStatus(r, { payload }),
    'POST /api/eoffice/devices': (r) => handleDevices(r, { payload }),
    'DELETE /api/eoffice/devices': (r) => handleDevices(r, { payload }),
    'POST /api/eoffice/messages': (r) => handleMessage(r, { payload }),
  }
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
      const handler = routes[`${req.method} ${url.pathname}`]
      if (!handler) return void res.writeHead(404).end()
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) for (const v of value) headers.append(name, v)
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
      const request = new Request(url, {
        method: req.method,
        headers,
        body: hasBody ? (req as unknown as ReadableStream) : undefined,
        // @ts-expect-error Node's fetch needs this for a streamed request body
        duplex: hasBody ? 'half' : undefined,
      })
      const response = await handler(request)
      const out: Record<string, string | string[]> = {}
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') out[name] = value
      })
      const cookies = response.headers.getSetCookie()
      if (cookies.length) out['set-cookie'] = cookies
      res.writeHead(response.status, out)
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      console.error(error)
      res.writeHead(500).end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Cookies by name per origin (paths ignored: enough for these flows). */
export class Browser {
  jar = new Map<string, Map<string, string>>()

  cookieHeader(url: string): string {
    const jar = this.jar.get(new URL(url).origin)
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : ''
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name)
  }

  store(url: string, response: Response) {
    const origin = new URL(url).origin
    const jar = this.jar.get(origin) ?? new Map<string, string>()
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))
      if (expired || value === '') jar.delete(name)
      else jar.set(name, value)
    }
    this.jar.set(origin, jar)
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers)
    const cookie = this.cookieHeader(url)
    if (cookie) headers.set('cookie', cookie)
    const response = await fetch(url, { ...init, headers, redirect: 'manual' })
    this.store(url, response)
    return response
  }

  /** Follows redirects until one leads to `stopAt(url)` or a non-redirect; returns that URL. */
  async follow(start: string, stopAt: (url: URL) => boolean, maxHops = 15) {
    let url = start
    for (let hop = 0; hop < maxHops; hop++) {
      const response = await this.request(url)
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || !location) {
        return { url, response }
      }
      url = new URL(location, url).href
      if (stopAt(new URL(url))) return { url, response }
    }
    throw new Error(`too many redirects from ${start}`)
  }
}
