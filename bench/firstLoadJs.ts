// First-load JS per page template, gzip: fetch the HTML, then every same-origin <script src>
// but `nomodule` ones (shown in their own column), and the chunks of Next's chunk-group bootstrap
// that a citizen page adds after its first paint (src/components/appScriptsAfterPaint.ts), and
// sum the gzip size of each (the budget's method: `gzip -c | wc -c`). With no paths it
// finds one page of every citizen template on a running site (the detail pages through the
// first link on their list page) and prints a table against the budget: ≤ 190 kB on every
// page but the map page (near me).
// Usage: BASE_URL=http://127.0.0.1:3000 tsx bench/firstLoadJs.ts [/en /en/procedures/x …]
import { gzipSync } from 'node:zlib'

import { templatePages } from './lib/templates'

const base = process.env.BASE_URL || 'http://127.0.0.1:3000'
const BUDGET_KB = 190

async function measure(path: string) {
  const response = await fetch(`${base}${path}`)
  const html = await response.text()
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
  const afterPaint = [...html.matchAll(/"otherChunks":(\[[^\]]*\])/g)].flatMap((m) =>
    (JSON.parse(m[1]) as Array<string | { path: string }>).map(
      (chunk) => `/_next/${typeof chunk === 'string' ? chunk : chunk.path}`,
    ),
  )
  const sources = [...tags.map((m) => m[2]), ...afterPaint]
  // `nomodule` scripts (Next's polyfills) are never fetched by a browser that runs modules,
  // i.e. every browser Plaza supports and Lighthouse's Chromium: shown apart, not counted.
  const noModule = new Set(
    tags.filter((m) => /\snomodule\b/i.test(`${m[1]} ${m[3]}`)).map((m) => m[2]),
  )
  const sameOrigin = [...new Set(sources)].filter(
    (src) => src.startsWith('/') && !src.startsWith('//'),
  )
  let jsBytes = 0
  let noModuleBytes = 0
  for (const src of sameOrigin) {
    const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())
    const gz = gzipSync(body, { level: 9 }).length
    if (noModule.has(src)) noModuleBytes += gz
    else jsBytes += gz
  }
  const htmlBytes = gzipSync(Buffer.from(html), { level: 9 }).length
  return {
    status: response.status,
    jsKb: jsBytes / 1024,
    totalKb: (jsBytes + htmlBytes) / 1024,
    noModuleKb: noModuleBytes / 1024,
    scripts: sameOrigin.length - [...noModule].filter((src) => sameOrigin.includes(src)).length,
    thirdParty: sources.length - sameOrigin.length,
  }
}

async function main(): Promise<void> {
  const given = process.argv.slice(2)
  const pages = given.length
    ? given.map((path) => ({ template: path, path, map: false }))
    : await templatePages(base)
  console.log(
    `${'template'.padEnd(14)} ${'path'.padEnd(44)} status  JS kB gz  HTML+JS kB  scripts  3rd-party  nomodule kB  budget`,
  )
  let over = 0
  for (const page of pages) {
    if (!page.path) {
      console.log(`${page.template.padEnd(14)} (no such page on this site)`)
      continue
    }
    const m = await measure(page.path)
    const verdict = page.map ? 'map page' : m.jsKb <= BUDGET_KB ? 'ok' : 'OVER'
    if (verdict === 'OVER') over += 1
    console.log(
      `${page.template.padEnd(14)} ${page.path.slice(0, 44).padEnd(44)} ${String(m.status).padStart(6)}  ${m.jsKb.toFixed(1).padStart(8)}  ${m.totalKb.toFixed(1).padStart(10)}  ${String(m.scripts).padStart(7)}  ${String(m.thirdParty).padStart(9)}  ${m.noModuleKb.toFixed(1).padStart(11)}  ${verdict}`,
    )
  }
  console.log(`${over} page(s) over ${BUDGET_KB} kB (the map page is exempt)`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
