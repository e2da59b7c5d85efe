// "It keeps serving" (SECURITY.md line 16), against the production build: the city is
// restored (npm run backup/restore, same ids) into its own PostgreSQL database, reached
// by `next start` through a Unix-socket relay this script controls. The script warms the
// published pages, feeds and static assets, cuts the database (every connection reset,
// new ones refused), checks each still answers 200 with the same content, also after
// forcing a regeneration (a failing fetch must throw, so Next keeps the old page), then
// brings the database back and checks the site recovers by itself.
//
//   PLAZA_DIST_DIR=.next-ops E2E_PORT=3107 PAYLOAD_SECRET=<the build's> \
//   PLAZA_RESILIENCE_SQLITE=data/ops-e2e/plaza.db npx tsx tests/resilience/dbDown.ts
//
// The build must exist (npm test's, or `next build` with the same env). Exit code 1 on any
// failure; prints the share of probed pages served with the database down.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { revalidationKey } from '../../src/lib/revalidation/revalidate'

const root = path.resolve(import.meta.dirname, '../..')
const port = Number(process.env.E2E_PORT || 3107)
const base = `http://127.0.0.1:${port}`
const secret = process.env.PAYLOAD_SECRET || ''
const distDir = process.env.PLAZA_DIST_DIR || '.next-ops'
const sqliteSource = path.resolve(process.env.PLAZA_RESILIENCE_SQLITE || 'data/ops-e2e/plaza.db')
const pgServer = process.env.PLAZA_RESILIENCE_PG || 'postgres://postgres@127.0.0.1:5433/postgres'
const maxPages = Number(process.env.PLAZA_RESILIENCE_MAX_PAGES || 60)

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-dbdown-'))
const socketDir = path.join(work, 'pg')
fs.mkdirSync(socketDir)
const dbName = `ops_down_${Date.now()}`
const failures: string[] = []
const check = (ok: boolean, message: string) => {
  if (!ok) failures.push(message)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`)
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

async function psql(sql: string, db = 'postgres') {
  const { default: pg } = await import('pg')
  const url = new URL(pgServer)
  url.pathname = `/${db}`
  const client = new pg.Client({ connectionString: url.toString() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A relay from a Unix socket (what the site connects to) to the real PostgreSQL server. */
function startRelay() {
  const target = new URL(pgServer)
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname)
    sockets.add(client).add(upstream)
    client.pipe(upstream).pipe(client)
    const close = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('error', close).on('close', close)
    upstream.on('error', close).on('close', close)
  })
  const file = path.join(socketDir, `.s.PGSQL.${target.port || 5432}`)
  return {
    start: () =>
      new Promise<void>((resolve) => {
        fs.rmSync(file, { force: true })
        server.listen(file, resolve)
      }),
    /** The database "stops": open connections are cut and new ones refused. */
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
        sockets.clear()
      }),
  }
}

type Probe = { url: string; status: number; marker: string }

/** What must be the same with the database down: the first heading, or the feed's title. */
function markerOf(body: string, type: string): string {
  if (type.includes('html')) {
    return (body.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').replace(/<[^>]+>/g, '').trim()
  }
  if (type.includes('xml')) return body.match(/<title[^>]*>([\s\S]*?)<\/title>/)?.[1]?.trim() ?? ''
  return `${body.length} bytes`
}

async function probe(url: string): Promise<Probe> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
    const body = await response.text()
    return {
      url,
      status: response.status,
      marker: markerOf(body, response.headers.get('content-type') ?? ''),
    }
  } catch (error) {
    return { url, status: 0, marker: String(error) }
  }
}

async function waitFor(url: string, ok: (p: Probe) => boolean, seconds: number): Promise<Probe> {
  const end = Date.now() + seconds * 1000
  let last: Probe = { url, status: 0, marker: '' }
  while (Date.now() < end) {
    last = await probe(url)
    if (ok(last)) return last
    await new Promise((r) => setTimeout(r, 1000))
  }
  return last
}

async function publishedUrls(): Promise<string[]> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname)
  // Every kind of page, then an even sample of the rest, so the run stays short.
  const seen = new Set<string>()
  const picked: string[] = []
  for (const loc of locs) {
    const kind = loc.split('/').slice(0, 3).join('/')
    if (!seen.has(kind)) {
      seen.add(kind)
      picked.push(loc)
    }
  }
  const step = Math.max(1, Math.floor(locs.length / maxPages))
  for (let i = 0; i < locs.length && picked.length < maxPages; i += step) {
    if (!picked.includes(locs[i])) picked.push(locs[i])
  }
  const feeds = ['/en/alerts/rss.xml', '/en/alerts/atom.xml', '/alerts/cap.atom', '/sitemap.xml']
  const home = await (await fetch(`${base}/en`)).text()
  const assets = [...home.matchAll(/(\/_next\/static\/[^"'\s)]+\.(?:js|css))/g)].map((m) => m[1])
  return [...new Set([...picked, ...feeds, ...assets.slice(0, 5)])].map((p) => `${base}${p}`)
}

let server: ChildProcess | null = null
const relay = startRelay()
const env = { ...process.env, NODE_ENV: 'production' as const }

try {
  if (!secret) throw new Error('Set PAYLOAD_SECRET to the secret the build was made with.')
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}: build first (see the header).`)
  }
  // 1. The city, restored into a fresh PostgreSQL database with the same ids as the build's.
  const archive = path.join(work, 'city.zip')
  run('node_modules/.bin/tsx', ['scripts/backup.ts', '--out', archive], {
    ...env,
    DATABASE_URI: `file:${sqliteSource}`,
    PLAZA_MEDIA_DIR: path.join(path.dirname(sqliteSource), 'media'),
  })
  await psql(`CREATE DATABASE ${dbName}`)
  await psql('CREATE EXTENSION IF NOT EXISTS postgis', dbName)
  const direct = new URL(pgServer)
  direct.pathname = `/${dbName}`
  run('node_modules/.bin/tsx', ['scripts/restore.ts', archive], {
    ...env,
    DATABASE_URI: direct.toString(),
    PLAZA_MEDIA_DIR: path.join(work, 'media'),
  })

  // 2. The production server, reaching PostgreSQL only through the relay.
  await relay.start()
  const viaRelay = `postgres://postgres@${encodeURIComponent(socketDir)}:${direct.port || 5432}/${dbName}`
  server = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: {
      ...env,
      DATABASE_URI: viaRelay,
      PLAZA_MEDIA_DIR: path.join(work, 'media'),
      PLAZA_DIST_DIR: distDir,
      PLAZA_SERVER_URL: base,
      PLAZA_INTERNAL_URL: base,
      PORT: String(port),
    },
    stdio: [
      'ignore',
      fs.openSync(path.join(work, 'server.log'), 'a'),
      fs.openSync(path.join(work, 'server.log'), 'a'),
    ],
  })
  const up = await waitFor(`${base}/en`, (p) => p.status === 200, 180)
  check(up.status === 200, `next start answers on ${base} (log: ${work}/server.log)`)

  // 3. Warm: every probe twice (the first request renders pages not built ahead).
  const urls = await publishedUrls()
  const warm = new Map<string, Probe>()
  for (const url of urls) {
    await probe(url)
    const second = await probe(url)
    if (second.status === 200) warm.set(url, second)
  }
  check(
    warm.size >= 20,
    `${warm.size} published pages, feeds and assets answer 200 with the database up`,
  )
  const api = await probe(`${base}/api/services?limit=1`)
  check(api.status === 200, 'the REST API reads the database while it is up')

  // 4. The database goes away.
  await relay.stop()
  const apiDown = await probe(`${base}/api/services?limit=1`)
  check(
    apiDown.status !== 200,
    `with the database down the REST API fails (${apiDown.status}): the cut is real`,
  )
  let served = 0
  for (const [url, before] of warm) {
    const now = await probe(url)
    const same = now.status === 200 && now.marker === before.marker
    if (same) served += 1
    else
      console.log(
        `     ${url}: ${now.status} "${now.marker.slice(0, 60)}" (was "${before.marker.slice(0, 60)}")`,
      )
  }
  const share = warm.size ? (100 * served) / warm.size : 0
  check(
    served === warm.size,
    `database down: ${served}/${warm.size} probes served 200 with their content (${share.toFixed(0)} %)`,
  )

  // 5. Regeneration with the database down: the page is marked stale, then requested; the
  // failed re-render must leave the old page in place (a fetch that swallowed the error and
  // returned [] would cache an empty page here).
  const pagePaths = [...warm.keys()]
    .map((u) => new URL(u).pathname)
    .filter((p) => !p.startsWith('/_next/') && !p.endsWith('.xml') && !p.endsWith('.atom'))
    .slice(0, 10)
  const revalidate = await fetch(`${base}/next/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-plaza-revalidate': revalidationKey(secret) },
    body: JSON.stringify({ targets: pagePaths.map((p) => ({ kind: 'path', path: p })) }),
  })
  check(
    revalidate.status === 200,
    `marked ${pagePaths.length} pages stale while the database is down`,
  )
  let kept = 0
  for (const p of pagePaths) {
    const before = warm.get(`${base}${p}`)!
    await probe(`${base}${p}`) // serves the stale page, re-renders in the background (fails)
    await new Promise((r) => setTimeout(r, 1500))
    const after = await probe(`${base}${p}`)
    if (after.status === 200 && after.marker === before.marker && after.marker !== '') kept += 1
    else console.log(`     after regeneration ${p}: ${after.status} "${after.marker.slice(0, 60)}"`)
  }
  check(
    kept === pagePaths.length,
    `after a failed regeneration ${kept}/${pagePaths.length} pages still show their content`,
  )

  // 6. The database returns: the site recovers by itself (no restart).
  await relay.start()
  const back = await waitFor(`${base}/api/services?limit=1`, (p) => p.status === 200, 90)
  check(
    back.status === 200,
    'the REST API answers again once the database is back, without a restart',
  )
  let fresh = 0
  for (const p of pagePaths) {
    const again = await waitFor(`${base}${p}`, (x) => x.status === 200 && x.marker !== '', 30)
    if (again.status === 200 && again.marker === warm.get(`${base}${p}`)!.marker) fresh += 1
  }
  check(
    fresh === pagePaths.length,
    `${fresh}/${pagePaths.length} regenerated pages serve their content after recovery`,
  )
  check(server.exitCode === null, 'the site process stayed up throughout')
  console.log(
    `\nRESULT pages served with the database down: ${served}/${warm.size} (${share.toFixed(1)} %)`,
  )
} catch (error) {
  failures.push(String(error))
  console.error(error)
} finally {
  if (server && server.exitCode === null) server.kill('SIGTERM')
  await relay.stop().catch(() => undefined)
  await psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined)
  console.log(failures.length ? `\n${failures.length} failed` : '\nall passed')
  process.exit(failures.length ? 1 : 0)
}
