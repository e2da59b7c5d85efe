// Plaza as a city runs it (README, "Running several instances"), against the production
// build npm test makes: the city restored into PostgreSQL (reached through a relay this
// script can cut), Redis, two `next start` instances (B with PLAZA_JOBS=off) and Varnish with
// deploy/varnish/plaza.vcl in front. Checks, through real servers:
//   - a publish through A shows at once on B and through Varnish;
//   - a rate limit and the login lockout hold across A and B, not once per instance;
//   - A killed during a load run through Varnish: no public request fails;
//   - Redis stopped: no 5xx, and the shared cache works again once it is back;
//   - PostgreSQL stopped: published pages are still served through Varnish.
//
//   PLAZA_DIST_DIR=.next-e2e PLAZA_CLUSTER_SQLITE=tests/.artifacts/e2e/plaza.db \
//   PLAZA_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:54329/postgres npx tsx tests/cluster/cluster.ts
//
// Ports: PLAZA_CLUSTER_PORTS="A,B,varnish,redis,pg-relay" (default 3211,3212,6091,6391,6392).
// PLAZA_CLUSTER_REPORT: a JSON count of checks for scripts/lib/testSummary.mjs.
import crypto from 'node:crypto'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import webpush from 'web-push'

import {
  startInstance,
  startRedis,
  startRelay,
  startVarnish,
  waitForHttp,
  type Part,
} from '../../scripts/lib/clusterParts'

const root = path.resolve(import.meta.dirname, '../..')
const [portA, portB, portVarnish, portRedis, portRelay] = (
  process.env.PLAZA_CLUSTER_PORTS || '3211,3212,6091,6391,6392'
)
  .split(',')
  .map(Number)
const A = `http://127.0.0.1:${portA}`
const B = `http://127.0.0.1:${portB}`
const V = `http://127.0.0.1:${portVarnish}`
const distDir = process.env.PLAZA_DIST_DIR || '.next-e2e'
const sqliteSource = path.resolve(
  process.env.PLAZA_CLUSTER_SQLITE || 'tests/.artifacts/e2e/plaza.db',
)
const pgServer = process.env.PLAZA_TEST_POSTGRES_URL || ''
const password = process.env.PLAZA_DEMO_PASSWORD || 'e2e-demo-password-42'
const reportFile = process.env.PLAZA_CLUSTER_REPORT
const SEARCH_LIMIT = 8

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-cluster-'))
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const failures: string[] = []
let passed = 0
function check(ok: boolean, message: string) {
  if (ok) passed += 1
  else failures.push(message)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`)
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function get(url: string, init: RequestInit = {}) {
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      ...init,
      signal: AbortSignal.timeout(15_000),
    })
    const body = await response.text()
    return { status: response.status, body, cache: response.headers.get('x-cache') ?? '' }
  } catch (error) {
    return { status: 0, body: String(error), cache: '' }
  }
}
const h1 = (html: string) =>
  (html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').replace(/<[^>]+>/g, '').trim()

/** Polls until `ok`; the last answer either way. */
async function until(url: string, ok: (r: Awaited<ReturnType<typeof get>>) => boolean, ms: number) {
  const end = Date.now() + ms
  let last = await get(url)
  while (!ok(last) && Date.now() < end) {
    await sleep(200)
    last = await get(url)
  }
  return last
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

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync('node_modules/.bin/tsx', args, { cwd: root, env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${args.join(' ')}:\n${result.stdout}\n${result.stderr}`)
}

async function login(base: string, email: string, pass = password) {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: pass }),
  })
  const body = (await response.json().catch(() => ({}))) as { token?: string }
  return { status: response.status, token: body.token ?? null }
}

async function retitle(base: string, token: string, id: number | string, title: string) {
  const response = await fetch(`${base}/api/services/${id}?locale=en`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  return response.status
}

const dbName = `plaza_cluster_${Date.now()}`
const parts: Part[] = []
let instanceA: Part | null = null
let redis: Part | null = null
const relay = startRelay(portRelay, {
  host: new URL(pgServer || 'postgres://x@127.0.0.1:5432').hostname,
  port: Number(new URL(pgServer || 'postgres://x@127.0.0.1:5432').port || 5432),
})

try {
  if (!pgServer)
    throw new Error('PLAZA_TEST_POSTGRES_URL is not set: the cluster runs on PostgreSQL.')
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID')))
    throw new Error(`No build in ${distDir}.`)
  if (!fs.existsSync(sqliteSource)) throw new Error(`No SQLite city at ${sqliteSource}.`)
  const secret = `cluster-${crypto.randomBytes(16).toString('hex')}`
  const purgeSecret = crypto.randomBytes(16).toString('hex')
  const vapid = webpush.generateVAPIDKeys()
  const media = path.join(work, 'media')
  const base = { ...process.env, PAYLOAD_SECRET: secret, PLAZA_INTERNAL_URL: 'off' }

  // 1. The city in PostgreSQL, with the ids the build was made from.
  const archive = path.join(work, 'city.zip')
  run(['scripts/backup.ts', '--out', archive], {
    ...base,
    DATABASE_URI: `file:${sqliteSource}`,
    PLAZA_MEDIA_DIR: path.join(path.dirname(sqliteSource), 'media'),
  })
  await psql(`CREATE DATABASE ${dbName}`)
  await psql('CREATE EXTENSION IF NOT EXISTS postgis', dbName)
  const direct = new URL(pgServer)
  direct.pathname = `/${dbName}`
  run(['scripts/restore.ts', archive], {
    ...base,
    DATABASE_URI: direct.toString(),
    PLAZA_MEDIA_DIR: media,
  })
  console.log(`     city restored into PostgreSQL database ${dbName} (${seconds()})`)

  // 2. Redis, the two instances (through the relay) and Varnish.
  await relay.start()
  redis = await startRedis(portRedis, work)
  const viaRelay = new URL(direct)
  viaRelay.host = `127.0.0.1:${portRelay}`
  const env = (port: number, jobs: boolean): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URI: viaRelay.toString(),
    PAYLOAD_SECRET: secret,
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    PLAZA_DIST_DIR: distDir,
    PLAZA_MEDIA_DIR: media,
    PLAZA_SERVER_URL: V,
    PLAZA_INTERNAL_URL: `http://127.0.0.1:${port}`,
    PLAZA_TRUSTED_PROXIES: '0',
    REDIS_URL: `redis://127.0.0.1:${portRedis}`,
    PLAZA_FRONT_CACHES: V,
    PLAZA_FRONT_CACHE_SECRET: purgeSecret,
    PLAZA_RATE_LIMIT_SEARCH: `${SEARCH_LIMIT}/120`,
    PLAZA_INSTANCES: '2',
    ...(jobs ? {} : { PLAZA_JOBS: 'off' }),
  })
  instanceA = startInstance('plaza-a', portA, env(portA, true), path.join(work, 'a.log'))
  const instanceB = startInstance('plaza-b', portB, env(portB, false), path.join(work, 'b.log'))
  parts.push(instanceB)
  const varnish = await startVarnish({
    port: portVarnish,
    backends: [portA, portB],
    secret: purgeSecret,
    dir: work,
  })
  parts.push(varnish)
  await Promise.all([waitForHttp(`${A}/en`), waitForHttp(`${B}/en`)])
  check(
    true,
    `PostgreSQL, Redis, instances A and B and Varnish are up (${seconds()}; logs in ${work})`,
  )

  // 3. A publish through A shows on B and through Varnish.
  const editor = await login(A, 'editor@plaza.example')
  if (!editor.token) throw new Error(`the editor cannot sign in on A (${editor.status})`)
  const list = (await (
    await fetch(`${A}/api/services?limit=1&locale=en&depth=0`, {
      headers: { authorization: `JWT ${editor.token}` },
    })
  ).json()) as { docs: { id: number; slug: string; title: string }[] }
  const service = list.docs[0]!
  const page = `/en/services/${service.slug}`
  for (const url of [`${B}${page}`, `${V}${page}`, `${V}${page}`]) await get(url)
  const cached = await get(`${V}${page}`)
  check(
    cached.status === 200 && cached.cache === 'hit',
    `Varnish caches the public page ${page} (${cached.status}, ${cached.cache})`,
  )
  const title = `${service.title} (cluster ${Date.now() % 100000})`
  check(
    (await retitle(A, editor.token, service.id, title)) === 200,
    'the editor publishes a new title through A',
  )
  const onB = await until(`${B}${page}`, (r) => h1(r.body) === title, 10_000)
  check(h1(onB.body) === title, `B serves the new title ("${h1(onB.body)}")`)
  const onV = await until(`${V}${page}`, (r) => h1(r.body) === title, 10_000)
  check(h1(onV.body) === title, `Varnish serves the new title ("${h1(onV.body)}")`)
  const home = await get(`${V}/en`)
  check(home.status === 200, 'the home page answers through Varnish')
  const banned = await fetch(`${V}/`, {
    method: 'BAN',
    headers: { 'x-plaza-ban': '^/', 'x-plaza-purge-secret': 'wrong' },
  })
  check(banned.status === 403, `a ban without the shared secret is refused (${banned.status})`)

  // 4. Limits across instances.
  const statuses: number[] = []
  for (let i = 0; i < SEARCH_LIMIT * 2; i++) {
    statuses.push((await get(`${i % 2 ? B : A}/api/search?q=permit&locale=en`)).status)
  }
  const allowed = statuses.filter((s) => s === 200).length
  check(
    allowed === SEARCH_LIMIT && statuses.filter((s) => s === 429).length === SEARCH_LIMIT,
    `a limit of ${SEARCH_LIMIT} searches holds across A and B: ${allowed} of ${statuses.length} answered, the rest 429 (${statuses.join(' ')})`,
  )
  for (let i = 0; i < 5; i++)
    await login(i % 2 ? B : A, 'contributor@plaza.example', 'not-the-password')
  const afterLock = await login(B, 'contributor@plaza.example')
  check(
    afterLock.status !== 200 && !afterLock.token,
    `five bad logins split over A and B lock the account for that client on both (right password then: ${afterLock.status})`,
  )

  // 5. A killed during a load run through Varnish.
  const urls = [
    '/en',
    '/es',
    page,
    '/en/services',
    '/en/agenda',
    '/sitemap.xml',
    '/robots.txt',
    '/en/alerts',
  ]
  for (const u of urls) await get(`${V}${u}`)
  let requests = 0
  const failed: string[] = []
  let loading = true
  const worker = async (w: number) => {
    for (let i = 0; loading; i++) {
      // Every fourth request is a miss (a new query string), so the backends are asked too.
      const u = urls[(i + w) % urls.length]! + (i % 4 === 0 ? `?load=${w}-${i}` : '')
      const r = await get(`${V}${u}`)
      requests += 1
      if (r.status < 200 || r.status >= 400) failed.push(`${u} ${r.status} ${r.body.slice(0, 80)}`)
    }
  }
  const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)))
  await sleep(2000)
  instanceA.process?.kill('SIGKILL')
  await sleep(5000)
  loading = false
  await load
  check(
    failed.length === 0,
    `A killed during a load run through Varnish: ${requests} requests, ${failed.length} failed${failed.length ? `: ${failed.slice(0, 5).join('; ')}` : ''}`,
  )
  instanceA = startInstance('plaza-a', portA, env(portA, true), path.join(work, 'a2.log'))
  await waitForHttp(`${A}/en`)

  // 6. Redis stopped: no 5xx; back, the shared cache works again.
  await redis.stop()
  redis = null
  const probes = [
    `${A}/en`,
    `${B}/en`,
    `${B}${page}`,
    `${V}/en`,
    `${V}${page}`,
    `${B}/api/search?q=tax&locale=en`,
  ]
  const answers = await Promise.all(probes.map((u) => get(u)))
  check(
    answers.every((r) => r.status > 0 && r.status < 500),
    `Redis stopped: no 5xx (${answers.map((r, i) => `${probes[i]!.replace(/http:\/\/127.0.0.1:/, '')} ${r.status}`).join(', ')})`,
  )
  const whileDown = `${service.title} (while Redis is down)`
  check(
    (await retitle(B, editor.token, service.id, whileDown)) === 200,
    'an edit through B succeeds while Redis is down',
  )
  const ownCopy = await until(`${B}${page}`, (r) => h1(r.body) === whileDown, 10_000)
  check(
    h1(ownCopy.body) === whileDown,
    `B shows its own edit while Redis is down ("${h1(ownCopy.body)}")`,
  )
  redis = await startRedis(portRedis, work)
  await sleep(3000) // ioredis reconnects within two seconds
  const afterBack = `${service.title} (after Redis is back)`
  check(
    (await retitle(A, editor.token, service.id, afterBack)) === 200,
    'an edit through A once Redis is back',
  )
  const shared = await until(`${B}${page}`, (r) => h1(r.body) === afterBack, 10_000)
  check(h1(shared.body) === afterBack, `Redis back: B shows A's edit again ("${h1(shared.body)}")`)
  const sharedV = await until(`${V}${page}`, (r) => h1(r.body) === afterBack, 10_000)
  check(h1(sharedV.body) === afterBack, `and so does Varnish ("${h1(sharedV.body)}")`)

  // 7. PostgreSQL stopped: published pages still served through Varnish.
  const warm = new Map<string, string>()
  for (const u of urls) {
    const r = await get(`${V}${u}`)
    if (r.status === 200) warm.set(u, r.body.length > 0 ? h1(r.body) : '')
  }
  await relay.stop()
  const api = await get(`${B}/api/services?limit=1`)
  check(
    api.status !== 200,
    `PostgreSQL stopped: the REST API fails (${api.status}): the cut is real`,
  )
  const served: string[] = []
  for (const [u, heading] of warm) {
    const r = await get(`${V}${u}`)
    if (r.status === 200 && h1(r.body) === heading) served.push(u)
    else console.log(`     not served with PostgreSQL down: ${u} ${r.status}`)
  }
  check(
    served.length === warm.size && warm.size >= 6,
    `PostgreSQL stopped: ${served.length}/${warm.size} published pages served through Varnish with their content`,
  )
  await relay.start()
} catch (error) {
  failures.push(String(error))
  console.error(error)
} finally {
  for (const part of [instanceA, redis, ...parts]) await part?.stop().catch(() => undefined)
  await relay.stop()
  if (pgServer) await psql(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined)
  if (reportFile) {
    fs.writeFileSync(
      reportFile,
      JSON.stringify({
        label: 'cluster (tests/cluster/cluster.ts)',
        numPassedTests: passed,
        numFailedTests: failures.length,
        numPendingTests: 0,
        success: failures.length === 0,
        failures,
      }),
    )
  }
  if (failures.length === 0) fs.rmSync(work, { recursive: true, force: true })
  console.log(
    failures.length
      ? `\ncluster: ${passed} passed, ${failures.length} failed (logs kept in ${work}), ${seconds()}`
      : `\ncluster: ${passed} passed, 0 failed, ${seconds()}`,
  )
  process.exit(failures.length ? 1 : 0)
}
