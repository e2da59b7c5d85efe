// Local web servers for the link checker's tests and bench: each answers by path
// (/ok, /missing, /error, /slow, /loop-a ↔ /loop-b, /to-private, /moved → /ok, /head-refused)
// and counts the requests it receives, with their start times, per host name.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LinkTarget {
  origin: string
  /** Start times (ms) of the requests received, in order. */
  hits: number[]
  methods: string[]
  close: () => Promise<void>
}

export async function startLinkTarget(host = '127.0.0.1'): Promise<LinkTarget> {
  const hits: number[] = []
  const methods: string[] = []
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer((req, res) => {
    hits.push(Date.now())
    methods.push(req.method ?? '')
    const path = (req.url ?? '/').split('?')[0]
    const redirect = (location: string, status = 301) => res.writeHead(status, { location }).end()
    switch (path) {
      case '/missing':
        return res.writeHead(404).end('not here')
      case '/error':
        return res.writeHead(500).end('broken')
      case '/slow':
        hanging.add(res)
        return // never answers
      case '/loop-a':
        return redirect('/loop-b', 302)
      case '/loop-b':
        return redirect('/loop-a', 302)
      case '/moved':
        return redirect('/ok')
      case '/to-private':
        return redirect('http://10.0.0.5/admin', 302)
      case '/to-metadata':
        return redirect('http://169.254.169.254/latest/meta-data/', 302)
      case '/head-refused':
        if (req.method === 'HEAD') return res.writeHead(405).end()
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>')
      default:
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://${host}:${port}`,
    hits,
    methods,
    close: async () => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
