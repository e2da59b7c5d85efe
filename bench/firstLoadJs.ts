// First-load JS per page, gzip: fetch the HTML, then every same-origin <script src>, and sum
// `gzip -c | wc -c` of each (BUDGETS.md's method). Usage: BASE_URL=… tsx bench/firstLoadJs.ts /en /en/procedures/x
import { gzipSync } from 'node:zlib'

const base = process.env.BASE_URL || 'http://127.0.0.1:3000'
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/en', '/en/procedures/register-certificate']

async function main(): Promise<void> {
  for (const path of paths) {
    const html = await (await fetch(`${base}${path}`)).text()
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1])
    const sameOrigin = [...new Set(sources)].filter(
      (src) => src.startsWith('/') && !src.startsWith('//'),
    )
    let jsBytes = 0
    for (const src of sameOrigin) {
      const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())
      jsBytes += gzipSync(body, { level: 9 }).length
    }
    const htmlBytes = gzipSync(Buffer.from(html), { level: 9 }).length
    console.log(
      `${path}: JS ${(jsBytes / 1024).toFixed(1)} kB gzip in ${sameOrigin.length} scripts; HTML+JS ${((jsBytes + htmlBytes) / 1024).toFixed(1)} kB gzip; third-party scripts: ${sources.length - sameOrigin.length}`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
