// deploy/varnish/plaza.vcl's failover, against two stand-in instances on the cluster's ports
// (before Plaza starts there): A sends a page's headers and part of its body, then its
// connection dies, as an instance killed in the middle of a response; B answers in full.
// Every GET must reach the visitor whole, whichever instance the round robin picked: a
// cacheable page, a dynamic one (no-store), one Varnish may not keep (max-age=0, as the
// sitemap and robots.txt) and a page for a signed-in person (never cached).
// Deterministic, unlike a kill during a load run, which only sometimes lands mid-body.
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { startVarnish, waitForPort } from '../../scripts/lib/clusterParts'

const END = '</html>'

function standIn(port: number, dies: boolean) {
  const server = http.createServer((req, res) => {
    if (req.url === '/robots.txt') return res.end('User-agent: *\n') // the health probe
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': req.url!.startsWith('/en/agenda')
        ? 'private, no-cache, no-store'
        : req.url!.startsWith('/sitemap.xml')
          ? 'public, max-age=0, must-revalidate'
          : 's-maxage=60',
    })
    res.write(`<html><body>${'x'.repeat(20_000)}`)
    if (dies) setTimeout(() => req.socket.destroy(), 150)
    else res.end(`</body>${END}`)
  })
  return new Promise<http.Server>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve(server)),
  )
}

/** One line per kind of request: how many of `tries` reached the visitor whole. */
export async function checkFailover(
  [portA, portB, portVarnish]: [number, number, number],
  work: string,
): Promise<{ ok: boolean; message: string }[]> {
  const dir = path.join(work, 'failover')
  fs.mkdirSync(dir, { recursive: true })
  fs.chmodSync(work, 0o711) // Varnish, run as root, compiles as its own user
  const servers = [await standIn(portA, true), await standIn(portB, false)]
  const varnish = await startVarnish({
    port: portVarnish,
    backends: [portA, portB],
    secret: 'failover-check',
    dir,
  }).catch(async (error) => {
    for (const s of servers) s.close()
    throw error
  })
  try {
    await waitForPort(portVarnish)
    const kinds: [string, string, Record<string, string>][] = [
      ['a cacheable page', '/en/services/x', {}],
      ['a dynamic page (no-store)', '/en/agenda', {}],
      ['a file Varnish may not keep (max-age=0, as the sitemap)', '/sitemap.xml', {}],
      ['a signed-in person’s page (passed)', '/en/services/y', { cookie: 'payload-token=t' }],
    ]
    const tries = 4 // the round robin sends every other one to the instance that dies
    const results: { ok: boolean; message: string }[] = []
    for (const [label, url, headers] of kinds) {
      const seen: string[] = []
      for (let i = 0; i < tries; i++) {
        try {
          // The same address each time, except for the page Varnish keeps (a hit never reaches
          // an instance): what Varnish learnt not to keep is then fetched as uncacheable.
          const query = url.startsWith('/en/services/x') ? `?try=${i}` : ''
          const response = await fetch(`http://127.0.0.1:${portVarnish}${url}${query}`, {
            headers,
            signal: AbortSignal.timeout(10_000),
          })
          const body = await response.text()
          seen.push(body.endsWith(END) ? `${response.status}` : `${response.status} cut short`)
        } catch (error) {
          seen.push((error as Error).name)
        }
      }
      results.push({
        ok: seen.every((s) => s === '200'),
        message: `an instance dying mid-response: ${label} still reaches the visitor whole through Varnish (${seen.join(', ')})`,
      })
    }
    return results
  } finally {
    await varnish.stop()
    for (const s of servers) {
      s.closeAllConnections()
      s.close()
    }
  }
}
