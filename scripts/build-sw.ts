// Builds the service worker after `next build` (esbuild, then Serwist's injectManifest): a
// separate step works with either bundler and gives an exact app shell (offline and saved pages).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { injectManifest } from '@serwist/build'
import { build } from 'esbuild'

import { locales } from '../src/lib/i18n/locales'

const root = path.resolve(import.meta.dirname, '..')
const distDir = path.resolve(root, process.env.PLAZA_DIST_DIR || '.next')
const outDir = path.join(distDir, 'plaza-sw')
const started = performance.now()

const md5 = (data: string | Buffer) => crypto.createHash('md5').update(data).digest('hex')

function prerendered(route: string): string {
  const file = path.join(distDir, 'server', 'app', `${route}.html`)
  if (!fs.existsSync(file)) {
    throw new Error(
      `build-sw: ${file} is missing; run \`next build\` first (the page must be static).`,
    )
  }
  return fs.readFileSync(file, 'utf8')
}

// The shell pages, and every build asset their HTML (and its inline RSC payload) refers to.
const pages: { url: string; revision: string }[] = []
const assets = new Set<string>()
for (const locale of locales) {
  for (const page of ['offline', 'saved']) {
    const html = prerendered(`${locale}/${page}`)
    pages.push({ url: `/${locale}/${page}`, revision: md5(html) })
    for (const match of html.matchAll(/\/_next\/(static\/[A-Za-z0-9_\-.~/%]+)/g)) {
      const relative = decodeURIComponent(match[1])
      if (fs.existsSync(path.join(distDir, relative))) assets.add(relative)
    }
  }
}
const icons = fs
  .readdirSync(path.join(root, 'public', 'icons'))
  .filter((file) => file.endsWith('.png'))
  .map((file) => ({
    url: `/icons/${file}`,
    revision: md5(fs.readFileSync(path.join(root, 'public', 'icons', file))),
  }))

fs.mkdirSync(outDir, { recursive: true })
const bundle = path.join(outDir, 'sw.bundle.js')
await build({
  entryPoints: [path.join(root, 'src', 'sw', 'sw.ts')],
  outfile: bundle,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: false,
  define: {
    'process.env.NODE_ENV': '"production"',
    PLAZA_LOCALES: JSON.stringify(locales),
  },
  logLevel: 'warning',
})

const result = await injectManifest({
  swSrc: bundle,
  swDest: path.join(outDir, 'sw.js'),
  globDirectory: distDir,
  globPatterns: [...assets],
  // Hashed file names already change with their content: no revision needed.
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  modifyURLPrefix: { 'static/': '/_next/static/' },
  additionalPrecacheEntries: [...pages, ...icons],
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
})
fs.rmSync(bundle)
for (const warning of result.warnings) console.warn(`build-sw: ${warning}`)

// injectManifest counts only globbed files' sizes: add the pages' and icons' own bytes.
const extraBytes =
  locales.reduce(
    (sum, locale) =>
      sum +
      Buffer.byteLength(prerendered(`${locale}/offline`)) +
      Buffer.byteLength(prerendered(`${locale}/saved`)),
    0,
  ) + icons.reduce((sum, icon) => sum + fs.statSync(path.join(root, 'public', icon.url)).size, 0)
const report = {
  files: result.count,
  bytes: result.size + extraBytes,
  workerBytes: fs.statSync(path.join(outDir, 'sw.js')).size,
  assets: [...assets].sort(),
  pages: pages.map((page) => page.url),
  milliseconds: Math.round(performance.now() - started),
}
fs.writeFileSync(path.join(outDir, 'precache.json'), JSON.stringify(report, null, 2))
console.log(
  `build-sw: ${path.relative(root, path.join(outDir, 'sw.js'))} (${report.workerBytes} bytes); ` +
    `precache ${report.files} files, ${report.bytes} bytes; ${report.milliseconds} ms`,
)
