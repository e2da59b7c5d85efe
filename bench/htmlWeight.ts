// What each citizen template's HTML weighs, gzip, and what it is made of: the whole document as
// served (Accept-Encoding: gzip, Next's streamed compression) and at level 9, its <style>
// elements (experimental.inlineCss), the inline RSC payload (`self.__next_f.push` scripts), how
// much of the inlined stylesheet's text that payload repeats (raw kB), and the level-9 size the
// page would have without that repeat. Lighthouse's simulated first round trip carries about 14.6 kB.
// Usage: BASE_URL=http://127.0.0.1:3000 tsx bench/htmlWeight.ts [/en /en/services …]
import http from 'node:http'
import { gzipSync } from 'node:zlib'

import { templatePages } from './lib/templates'

const base = process.env.BASE_URL || 'http://127.0.0.1:3000'
const FIRST_ROUND_TRIP_KB = 14.6
const FLIGHT = /<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g

const gzKb = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length / 1024

/** The payload's text chunks, decoded; null for a script that is not a `[n, "text"]` push. */
function flightChunk(argument: string): [number, string] | null {
  try {
    const parsed: unknown = JSON.parse(argument)
    return Array.isArray(parsed) && typeof parsed[1] === 'string'
      ? [parsed[0] as number, parsed[1]]
      : null
  } catch {
    return null
  }
}

/** The body's size as sent with gzip asked for (fetch would decode it). */
function wireBytes(url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0
        response.on('data', (chunk: Buffer) => (bytes += chunk.length))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }))
      })
      .on('error', reject)
  })
}

async function measure(path: string) {
  const served = await wireBytes(`${base}${path}`)
  const html = await (await fetch(`${base}${path}`)).text()
  const wire = served.bytes
  const styleText = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1])
  // React puts stylesheets of one precedence into one <style>, one per line; the payload has
  // each in a row of its own.
  const styles = styleText.flatMap((text) => text.split('\n')).filter((css) => css.length > 200)
  const scripts = [...html.matchAll(FLIGHT)]
  const flight = scripts.map((m) => flightChunk(m[1])?.[1] ?? '').join('')
  const cssInFlightKb =
    styles.reduce((n, css) => n + (flight.split(css).length - 1) * css.length, 0) / 1024
  const withoutCopies = html.replace(FLIGHT, (whole, argument: string) => {
    const chunk = flightChunk(argument)
    if (!chunk) return whole
    const text = styles.reduce((t, css) => t.split(css).join(''), chunk[1])
    return `<script>self.__next_f.push(${JSON.stringify([chunk[0], text])})</script>`
  })
  return {
    status: served.status,
    wireKb: wire / 1024,
    htmlKb: gzKb(html),
    styleKb: gzKb(styleText.join('')),
    flightKb: gzKb(scripts.map((m) => m[0]).join('')),
    cssInFlightKb,
    withoutCopiesKb: gzKb(withoutCopies),
  }
}

async function main(): Promise<void> {
  const given = process.argv.slice(2)
  const pages = given.length
    ? given.map((path) => ({ template: path, path }))
    : await templatePages(base)
  console.log(
    `${'template'.padEnd(14)} status  served kB  gz9 kB  <style> kB  __next_f kB  CSS in it kB raw  gz9 without it  first trip`,
  )
  for (const page of pages) {
    if (!page.path) continue
    const m = await measure(page.path)
    const fits = m.wireKb <= FIRST_ROUND_TRIP_KB
    console.log(
      `${page.template.slice(0, 14).padEnd(14)} ${String(m.status).padStart(6)}  ${m.wireKb.toFixed(1).padStart(9)}  ${m.htmlKb.toFixed(1).padStart(6)}  ${m.styleKb.toFixed(1).padStart(10)}  ${m.flightKb.toFixed(1).padStart(11)}  ${m.cssInFlightKb.toFixed(1).padStart(16)}  ${m.withoutCopiesKb.toFixed(1).padStart(16)}  ${fits ? 'fits' : 'over'}`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
