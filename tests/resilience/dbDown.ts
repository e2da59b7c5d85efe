// "It keeps serving" (docs/SECURITY.md), against a production build: the city is
// restored (npm run backup/restore, same ids) into its own PostgreSQL database, reached
// by `next start` through a Unix-socket relay this script controls. The script warms the
// published pages (sitemap), the pages and files built per request (agenda, calendars,
// manifest, icons, service worker), the feeds and static assets; cuts the database (every
// connection reset, new ones refused) and checks each still answers 200 with the same
// content, also after forcing a regeneration (a failing fetch must throw, so Next keeps the
// old page); checks the admin and the APIs answer a clear 503 (no hang, no stack trace),
// also with the database host unresponsive; then brings the database back and checks the
// site recovers by itself, without a restart.
//
//   PLAZA_DIST_DIR=.next-e2e E2E_PORT=3100 PLAZA_RESILIENCE_SQLITE=tests/.artifacts/e2e/plaza.db \
//   PLAZA_RESILIENCE_PG=postgres://postgres@127.0.0.1:5433/postgres \
//   npx tsx tests/resilience/dbDown.ts
//
// The build must exist (npm test's .next-e2e, or `next build` with the same env, then
// scripts/build-sw.ts) and have been built from the SQLite database given (its seeded
// city). npm test runs it after Playwright when PLAZA_TEST_POSTGRES_URL is set (CI).
// Optional: PLAZA_RESILIENCE_DB_PREFIX (database name prefix), PLAZA_RESILIENCE_REPORT
// (a JSON count of checks for scripts/lib/testSummary.mjs), PLAZA_RESILIENCE_MAX_PAGES.
// Exit code 1 on any failure; prints the share of probed pages served with the database
// down, and every probe.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { psql as psqlOn } from '../../scripts/lib/psql'
import { revalidationKey } from '../../src/lib/revalidation/revalidate'
import { checkRun } from '../helpers/checkRun'

const root = path.resolve(import.meta.dirname, '../..')
const port = Number(process.env.E2E_PORT || 3107)
const base = `http://127.0.0.1:${port}`
// The server is started here with this secret (the build does not depend on it).
const secret = process.env.PAYLOAD_SECRET || `dbdown-${crypto.randomBytes(16).toString('hex')}`
const distDir = process.env.PLAZA_DIST_DIR || '.next-ops'
const sqliteSource = path.resolve(process.env.PLAZA_RESILIENCE_SQLITE || 'data/ops-e2e/plaza.db')
const pgServer = process.env.PLAZA_RESILIENCE_PG || 'postgres://postgres@127.0.0.1:5433/postgres'
const maxPages = Number(process.env.PLAZA_RESILIENCE_MAX_PAGES || 60)
const dbPrefix = process.env.PLAZA_RESILIENCE_DB_PREFIX || 'plaza_dbdown'
const reportFile = process.env.PLAZA_RESILIENCE_REPORT

if (!/^[a-z_][a-z0-9_]{0,30}$/.test(dbPrefix)) {
  throw new Error('PLAZA_RESILIENCE_DB_PREFIX: lower-case letters, digits and _ only.')
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-dbdown-'))
const socketDir = path.join(work, 'pg')
fs.mkdirSync(socketDir)
const dbName = `${dbPrefix}_${Date.now()}`
const started = Date.now()
const checks = checkRun('resilience (tests/resilience/dbDown.ts)')
const { check, failures } = checks
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

const psql = (sql: string, db = 'postgres') => psqlOn(pgServer, sql, db)

/**
 * A relay from a Unix socket (what the site connects to) to the real PostgreSQL server.
 * Stopped, the database is gone (connections reset, new ones refused); "unresponsive", it
 * accepts connections and never answers, like a host that went away on the network.
 */
function startRelay() {
  const target = new URL(pgServer)
  const sockets = new Set<net.Socket>()
  let unresponsive = false
  const server = net.createServer((client) => {
    sockets.add(client)
    client.on('error', () => undefined).on('close', () => sockets.delete(client))
    if (unresponsive) return
    const upstream = net.connect(Number(target.port || 5432), target.hostname)
    sockets.add(upstream)
    client.pipe(upstream).pipe(client)
    const close = () => {
      client.destroy()
      upstream.destroy()
      sockets.delete(client)
      sockets.delete(upstream)
    }
    client.on('close', close)
    upstream.on('error', close).on('close', close)
  })
  const file = path.join(socketDir, `.s.PGSQL.${target.port || 5432}`)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve()
      server.close(() => resolve())
      for (const socket of sockets) socket.destroy()
      sockets.clear()
    })
  const listen = (hang: boolean) =>
    new Promise<void>((resolve) => {
      unresponsive = hang
      fs.rmSync(file, { force: true })
      server.listen(file, resolve)
    })
  return {
    start: () => listen(false),
    /** The database "stops": open connections are cut and new ones refused. */
    stop,
    /** The database host stops answering: connections open, nothing comes back. */
    hang: async () => {
      await stop()
      await listen(true)
    },
  }
}

type Probe = {
  url: string
  status: number
  marker: string
  ms: number
  body: string
  headers?: string
}

/** What must be the same with the database down: the first heading, a title, a name. */
function markerOf(body: string, type: string): string {
  if (type.includes('html')) {
    return (body.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').replace(/<[^>]+>/g, '').trim()
  }
  if (type.includes('xml')) return body.match(/<title[^>]*>([\s\S]*?)<\/title>/)?.[1]?.trim() ?? ''
  if (type.includes('calendar')) {
    const name = body.match(/^X-WR-CALNAME:(.*)$/m)?.[1]?.trim() ?? ''
    return `${name}: ${body.match(/BEGIN:VEVENT/g)?.length ?? 0} events`
  }
  if (type.includes('manifest')) return String(JSON.parse(body).name ?? '')
  return `${body.length} bytes`
}

async function probe(url: string, init: RequestInit = {}, timeoutMs = 30_000): Promise<Probe> {
  const t0 = Date.now()
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      ...init,
      signal: AbortSignal.timeout(timeoutMs),
    })
    const body = await response.text()
    const type = response.headers.get('content-type') ?? ''
    const marker = (() => {
      try {
        return markerOf(body, type)
      } catch {
        return `unreadable ${type}`
      }
    })()
    const location = response.headers.get('location') ?? ''
    return { url, status: response.status, marker, ms: Date.now() - t0, body, headers: location }
  } catch (error) {
    return { url, status: 0, marker: String(error), ms: Date.now() - t0, body: '' }
  }
}

async function waitFor(url: string, ok: (p: Probe) => boolean, secs: number): Promise<Probe> {
  const end = Date.now() + secs * 1000
  let last = await probe(url)
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 1000))
    last = await probe(url)
  }
  return last
}

const pathOf = (url: string) => url.replace(base, '')
const links = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!)

/** Published pages from the sitemap: every kind of page, then an even sample of the rest. */
async function publishedPages(): Promise<string[]> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
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
    if (!picked.includes(locs[i]!)) picked.push(locs[i]!)
  }
  return picked
}

/**
 * Pages and files built per request or on first visit, found by following the site's own
 * links: the agenda and an event (with their calendars), the alerts, the transit index, a
 * line and a stop, the app's manifest, icons and service worker, the feeds, and the build's
 * static assets.
 */
async function otherProbes(): Promise<string[]> {
  const get = async (p: string) => (await probe(`${base}${p}`)).body
  const agenda = await get('/en/agenda')
  const events = links(agenda, /href="(\/en\/agenda\/[a-z0-9-]+)"/g).filter(
    (p) => !p.endsWith('/rss'),
  )
  const topicCalendars = links(agenda, /href="(\/en\/agenda\/topics\/[a-z0-9-]+\.ics)"/g)
  const alerts = links(await get('/en/alerts'), /href="(\/en\/alerts\/[a-z0-9-]+)"/g).filter(
    (p) => !/\/(rss|atom)/.test(p),
  )
  const capDocs = links(await get('/alerts/cap.atom'), /(\/alerts\/\d+\.cap\.xml)/g)
  let icons: string[] = []
  try {
    const manifest = JSON.parse(await get('/en/manifest.webmanifest'))
    icons = (manifest.icons ?? []).map((i: { src: string }) => new URL(i.src, base).pathname)
  } catch {
    // Counted below: the manifest itself is probed.
  }
  const home = await get('/en')
  const assets = links(home, /(\/_next\/static\/[^"'\s)]+\.(?:js|css))/g)
  // Transit pages are rendered per request (departures move with the clock).
  const lines = links(await get('/en/transit'), /href="(\/en\/transit\/lines\/[^"?#]+)"/g)
  const stops = lines[0]
    ? links(await get(lines[0]), /href="(\/en\/transit\/stops\/[^"?#]+)"/g)
    : []
  return [
    '/en/agenda',
    '/es/agenda',
    ...events.slice(0, 1),
    ...events.slice(0, 1).map((p) => `${p}.ics`),
    '/en/agenda.ics',
    '/es/agenda.ics',
    ...topicCalendars.slice(0, 1),
    '/en/agenda/rss.xml',
    '/en/alerts',
    ...alerts.slice(0, 1),
    '/en/notifications',
    '/en/offline',
    '/en/saved',
    '/en/manifest.webmanifest',
    '/es/manifest.webmanifest',
    ...icons.slice(0, 2),
    '/sw.js',
    '/robots.txt',
    '/sitemap.xml',
    '/en/transit',
    '/es/transit',
    ...lines.slice(0, 1),
    ...stops.slice(0, 1),
    '/en/alerts/rss.xml',
    '/en/alerts/atom.xml',
    '/alerts/cap.atom',
    ...capDocs.slice(0, 1),
    ...assets.slice(0, 5),
  ]
}

/** Stack frames, file paths, driver errors: what a response must never show a visitor. */
const LEAK =
  /node_modules|\bat [\w.$<>]+ \(|ECONNREFUSED|ENOENT|ETIMEDOUT|\.s\.PGSQL|\/tmp\/|stack/i

/** The APIs and the admin: with the database down they answer a clear 503, fast. */
const dynamicChecks: {
  name: string
  path: string
  init?: RequestInit
  expect: number[]
  says?: RegExp
}[] = [
  { name: 'Payload REST read', path: '/api/services?limit=1', expect: [503] },
  {
    name: 'Payload REST login',
    path: '/api/users/login',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.org', password: 'not-the-password' }),
    },
    expect: [503],
  },
  {
    name: 'GraphQL',
    path: '/api/graphql',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Services(limit: 1) { docs { id } } }' }),
    },
    expect: [503],
  },
  { name: 'site search API', path: '/api/search?q=permit&locale=en', expect: [503] },
  { name: 'nearby API', path: '/api/nearby?lat=40.4168&lng=-3.7038', expect: [503] },
  { name: 'open data', path: '/api/open-data/hsds/services', expect: [503] },
  // The search page is rendered per query: it says search is unavailable (200) or 503.
  { name: 'search results page', path: '/en/search?q=permit', expect: [200, 503] },
  // An App Router page cannot answer 503: the admin says so in its page instead. /admin
  // itself sends an anonymous visitor on to the login page (a streamed redirect, 200).
  {
    name: 'admin',
    path: '/admin',
    expect: [200, 307, 503],
    says: /The database is unavailable|\/admin\/login/,
  },
  {
    name: 'admin login page',
    path: '/admin/login',
    expect: [200, 503],
    says: /The database is unavailable/,
  },
]

async function checkDynamic(phase: string, limitMs: number) {
  const seen: string[] = []
  // All at once, as visitors would come: also keeps the unresponsive phase short.
  const answers = await Promise.all(
    dynamicChecks.map(({ path: p, init }) => probe(`${base}${p}`, init, limitMs + 10_000)),
  )
  for (const [i, { name, path: p, expect, says }] of dynamicChecks.entries()) {
    const got = answers[i]!
    const leak = got.body.match(LEAK)?.[0]
    const clear = !says || says.test(got.body) || says.test(got.headers ?? '')
    seen.push(`${name} ${got.status} in ${got.ms} ms`)
    check(
      expect.includes(got.status) && got.ms <= limitMs && !leak && clear,
      `${phase}: ${name} (${p}) answers ${got.status} in ${got.ms} ms` +
        (leak ? `, body shows "${leak}"` : '') +
        (clear ? '' : `, without ${says}`) +
        ` (expected ${expect.join('/')} within ${limitMs} ms${says ? ` saying ${says}` : ''}, no internals)`,
    )
  }
  return seen
}

let server: ChildProcess | null = null
const relay = startRelay()
const env = { ...process.env, NODE_ENV: 'production' as const, PAYLOAD_SECRET: secret }

try {
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in ${distDir}: build first (see the header).`)
  }
  if (!fs.existsSync(sqliteSource)) throw new Error(`No SQLite city at ${sqliteSource}.`)
  // 1. The city, restored into a fresh PostgreSQL database with the same ids as the build's.
  const archive = path.join(work, 'city.zip')
  run('node_modules/.bin/tsx', ['scripts/backup.ts', '--out', archive], {
    ...env,
    DATABASE_URI: `file:${sqliteSource}`,
    PLAZA_MEDIA_DIR: path.join(path.dirname(sqliteSource), 'media'),
    PLAZA_INTERNAL_URL: 'off',
  })
  await psql(`CREATE DATABASE ${dbName}`)
  await psql('CREATE EXTENSION IF NOT EXISTS postgis', dbName)
  const direct = new URL(pgServer)
  direct.pathname = `/${dbName}`
  run('node_modules/.bin/tsx', ['scripts/restore.ts', archive], {
    ...env,
    DATABASE_URI: direct.toString(),
    PLAZA_MEDIA_DIR: path.join(work, 'media'),
    PLAZA_INTERNAL_URL: 'off',
  })
  console.log(`     city restored into PostgreSQL database ${dbName} (${seconds()})`)

  // 2. The production server, reaching PostgreSQL only through the relay.
  await relay.start()
  const viaRelay = `postgres://postgres@${encodeURIComponent(socketDir)}:${direct.port || 5432}/${dbName}`
  const log = fs.openSync(path.join(work, 'server.log'), 'a')
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
    stdio: ['ignore', log, log],
  })
  const up = await waitFor(`${base}/en`, (p) => p.status === 200, 180)
  check(up.status === 200, `next start answers on ${base} (log: ${work}/server.log, ${seconds()})`)

  // 3. Warm: every probe twice (the first request renders pages not built ahead).
  const pages = await publishedPages()
  const others = (await otherProbes()).filter((p) => !pages.includes(p))
  const urls = [...new Set([...pages, ...others])].map((p) => `${base}${p}`)
  const warm = new Map<string, Probe>()
  for (const url of urls) {
    await probe(url)
    const second = await probe(url)
    if (second.status === 200) warm.set(url, second)
    else
      console.log(`     not served with the database up, left out: ${pathOf(url)} ${second.status}`)
  }
  check(
    warm.size >= 40 && others.every((p) => warm.has(`${base}${p}`) || p.includes('?')),
    `${warm.size} of ${urls.length} probes answer 200 with the database up (${pages.length} from the sitemap, ${others.length} others; ${seconds()})`,
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
  const table: string[] = []
  for (const [url, before] of warm) {
    const now = await probe(url)
    const same = now.status === 200 && now.marker === before.marker
    if (same) served += 1
    table.push(
      `${same ? 'served' : 'FAILED'} ${now.status} ${pathOf(url)}` +
        (same ? '' : ` "${now.marker.slice(0, 60)}" (was "${before.marker.slice(0, 60)}")`),
    )
  }
  console.log(`     probes with the database down:\n       ${table.join('\n       ')}`)
  const share = warm.size ? (100 * served) / warm.size : 0
  check(
    served === warm.size,
    `database down: ${served}/${warm.size} probes served 200 with their content (${share.toFixed(1)} %)`,
  )
  const dynamicDown = await checkDynamic('database down', 15_000)

  // 5. Regeneration with the database down. revalidatePath (what a publish calls) expires
  // a page at once in Next 16: the next request re-renders it, and with the database down
  // that render fails. The failed render must never be cached as an empty page: each page
  // either keeps its content (its reads had a last good copy) or answers an error until the
  // database returns (checked in step 7). A fetch that swallowed the error and returned []
  // would show here as a 200 with other content.
  const pagePaths = pages.filter((p) => warm.has(`${base}${p}`)).slice(0, 10)
  const revalidate = await fetch(`${base}/next/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-plaza-revalidate': revalidationKey(secret) },
    body: JSON.stringify({
      targets: [
        ...pagePaths.map((p) => ({ kind: 'path', path: p })),
        { kind: 'tag', tag: 'agenda-events' },
      ],
    }),
  })
  check(
    revalidate.status === 200,
    `marked ${pagePaths.length} pages and the agenda's cache expired while the database is down`,
  )
  const regenerated = [...pagePaths, '/en/agenda', '/en/agenda.ics']
  const outcome = { kept: [] as string[], error: [] as string[], wrong: [] as string[] }
  for (const p of regenerated) {
    const before = warm.get(`${base}${p}`)!
    await probe(`${base}${p}`)
    await new Promise((r) => setTimeout(r, 1000))
    const after = await probe(`${base}${p}`)
    const leak = after.body.match(LEAK)?.[0]
    if (after.status === 200 && after.marker === before.marker && after.marker !== '') {
      outcome.kept.push(p)
    } else if (after.status >= 500 && !leak) outcome.error.push(`${p} ${after.status}`)
    else outcome.wrong.push(`${p} ${after.status} "${after.marker.slice(0, 60)}"${leak ?? ''}`)
  }
  console.log(`     expired while down, kept their content: ${outcome.kept.join(', ') || 'none'}`)
  console.log(
    `     expired while down, error until the database returns: ${outcome.error.join(', ') || 'none'}`,
  )
  check(
    outcome.wrong.length === 0,
    `no page expired while the database is down was cached empty or different (${outcome.kept.length} kept, ${outcome.error.length} error until it returns${outcome.wrong.length ? `; wrong: ${outcome.wrong.join('; ')}` : ''})`,
  )
  check(
    outcome.kept.includes('/en/agenda') && outcome.kept.includes('/en/agenda.ics'),
    'the agenda and its calendar, built per request, keep their content after their cache expired',
  )

  // 6. The database host stops answering instead: nothing may hang (the pool gives up).
  await relay.hang()
  const untouched = pages.filter((p) => warm.has(`${base}${p}`) && !pagePaths.includes(p))
  const hungPage = await probe(`${base}${untouched.at(-1) ?? '/en/offline'}`, {}, 20_000)
  check(
    hungPage.status === 200 && hungPage.ms < 5000,
    `database unresponsive: a published page (${pathOf(hungPage.url)}) still answers ${hungPage.status} in ${hungPage.ms} ms`,
  )
  const dynamicHung = await checkDynamic('database unresponsive', 20_000)

  // 7. The database returns: the site recovers by itself (no restart).
  await relay.stop()
  await relay.start()
  const back = await waitFor(`${base}/api/services?limit=1`, (p) => p.status === 200, 90)
  check(
    back.status === 200,
    `the REST API answers again once the database is back, without a restart (${back.status})`,
  )
  const adminBack = await waitFor(`${base}/admin/login`, (p) => p.status === 200, 30)
  check(adminBack.status === 200, `the admin login page answers again (${adminBack.status})`)
  let fresh = 0
  for (const [url, before] of warm) {
    const again = await waitFor(url, (x) => x.status === 200 && x.marker === before.marker, 30)
    if (again.status === 200 && again.marker === before.marker) fresh += 1
    else console.log(`     after recovery ${pathOf(url)}: ${again.status} "${again.marker}"`)
  }
  check(fresh === warm.size, `${fresh}/${warm.size} probes serve their content after recovery`)
  check(server.exitCode === null, 'the site process stayed up throughout')
  console.log(`\nDynamic routes with the database down: ${dynamicDown.join('; ')}`)
  console.log(`Dynamic routes with the database unresponsive: ${dynamicHung.join('; ')}`)
  console.log(
    `\nRESULT pages served with the database down: ${served}/${warm.size} (${share.toFixed(1)} %), run ${seconds()}`,
  )
} catch (error) {
  failures.push(String(error))
  console.error(error)
} finally {
  if (server && server.exitCode === null) server.kill('SIGTERM')
  await relay.stop().catch(() => undefined)
  await psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined)
  checks.writeReport(reportFile)
  if (failures.length === 0) fs.rmSync(work, { recursive: true, force: true })
  console.log(
    failures.length
      ? `\n${checks.passed} passed, ${failures.length} failed (server log kept in ${work})`
      : `\n${checks.passed} passed, 0 failed`,
  )
  process.exit(failures.length ? 1 : 0)
}
