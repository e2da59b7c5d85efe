// Plaza as a city runs it (README, "Running several instances"), against the production
// build npm test makes (scripts/lib/clusterCity.ts: the city in PostgreSQL behind a relay
// this script can cut, Redis, instances A and B, Varnish with deploy/varnish/plaza.vcl).
// Checks, through real servers:
//   - a publish through A shows at once on B and through Varnish;
//   - a rate limit and the login lockout hold across A and B, not once per instance;
//   - A killed during a load run through Varnish: no public request fails; and, first, with
//     stand-ins on the same ports, a response cut short by a dying instance is fetched again
//     from the other one (tests/cluster/failover.ts), whatever the kind of page;
//   - Redis stopped: no 5xx, and the shared cache works again once it is back;
//   - PostgreSQL stopped: published pages are still served through Varnish.
//
//   PLAZA_DIST_DIR=.next-e2e PLAZA_CLUSTER_SQLITE=tests/.artifacts/e2e/plaza.db \
//   PLAZA_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:54329/postgres npx tsx tests/cluster/cluster.ts
//
// Ports: PLAZA_CLUSTER_PORTS="A,B,varnish,redis,pg-relay" (default 3211,3212,6091,6391,6392).
// PLAZA_CLUSTER_REPORT: a JSON count of checks for scripts/lib/testSummary.mjs.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  firstHeading as h1,
  firstService,
  login,
  retitle,
  startClusterCity,
} from '../../scripts/lib/clusterCity'
import { checkRun } from '../helpers/checkRun'
import { checkFailover } from './failover'

const ports = (process.env.PLAZA_CLUSTER_PORTS || '3211,3212,6091,6391,6392')
  .split(',')
  .map(Number) as [number, number, number, number, number]
const password = process.env.PLAZA_DEMO_PASSWORD || 'e2e-demo-password-42'
const reportFile = process.env.PLAZA_CLUSTER_REPORT
const SEARCH_LIMIT = 8

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-cluster-'))
const started = Date.now()
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const checks = checkRun('cluster (tests/cluster/cluster.ts)')
const { check, failures } = checks
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function get(url: string) {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(15_000) })
    const body = await response.text()
    return { status: response.status, body, cache: response.headers.get('x-cache') ?? '' }
  } catch (error) {
    return { status: 0, body: String(error), cache: '' }
  }
}

/** Polls until the page's heading is `title` (10 s at most); the heading last seen. */
async function headingBecomes(url: string, title: string) {
  const end = Date.now() + 10_000
  let seen = h1((await get(url)).body)
  while (seen !== title && Date.now() < end) {
    await sleep(200)
    seen = h1((await get(url)).body)
  }
  return seen
}

let cluster: Awaited<ReturnType<typeof startClusterCity>> | null = null
try {
  const pgServer = process.env.PLAZA_TEST_POSTGRES_URL
  if (!pgServer)
    throw new Error('PLAZA_TEST_POSTGRES_URL is not set: the cluster runs on PostgreSQL.')
  for (const { ok, message } of await checkFailover([ports[0], ports[1], ports[2]], work))
    check(ok, message)
  cluster = await startClusterCity({
    ports,
    work,
    pgServer,
    distDir: process.env.PLAZA_DIST_DIR || '.next-e2e',
    sqliteSource: path.resolve(process.env.PLAZA_CLUSTER_SQLITE || 'tests/.artifacts/e2e/plaza.db'),
    env: { PLAZA_RATE_LIMIT_SEARCH: `${SEARCH_LIMIT}/120` },
  })
  const { A, B, V } = cluster
  check(
    true,
    `PostgreSQL, Redis, instances A and B and Varnish are up (${seconds()}; logs in ${work})`,
  )

  // 1. A publish through A shows on B and through Varnish.
  const editor = await login(A, 'editor@plaza.example', password)
  if (!editor.token) throw new Error(`the editor cannot sign in on A (${editor.status})`)
  const service = await firstService(A, editor.token)
  const page = `/en/services/${service.slug}`
  for (const url of [`${B}${page}`, `${V}${page}`]) await get(url)
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
  const onB = await headingBecomes(`${B}${page}`, title)
  check(onB === title, `B serves the new title ("${onB}")`)
  const onV = await headingBecomes(`${V}${page}`, title)
  check(onV === title, `Varnish serves the new title ("${onV}")`)
  const refused = await fetch(`${V}/`, {
    method: 'BAN',
    headers: { 'x-plaza-ban': '^/', 'x-plaza-purge-secret': 'wrong' },
  })
  check(refused.status === 403, `a ban without the shared secret is refused (${refused.status})`)
  // Asked twice: a page Varnish may keep would be a hit the second time.
  const private_ = ['/admin/login', '/en/my', '/api/services?limit=1']
  const second: string[] = []
  for (const u of [...private_, ...private_]) second.push((await get(`${V}${u}`)).cache)
  check(
    second.slice(private_.length).every((c) => c === 'miss'),
    `Varnish never answers ${private_.join(', ')} from its cache (${second.join(' ')})`,
  )

  // 2. Limits across instances.
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
  const afterLock = await login(B, 'contributor@plaza.example', password)
  check(
    afterLock.status !== 200 && !afterLock.token,
    `five bad logins split over A and B lock the account for that client on both (right password then: ${afterLock.status})`,
  )

  // 3. A killed during a load run through Varnish.
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
      // Every fourth request is a miss (a new query string), so the instances are asked too.
      const u = urls[(i + w) % urls.length]! + (i % 4 === 0 ? `?load=${w}-${i}` : '')
      const r = await get(`${V}${u}`)
      requests += 1
      if (r.status < 200 || r.status >= 400) failed.push(`${u} ${r.status} ${r.body.slice(0, 80)}`)
    }
  }
  const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)))
  await sleep(2000)
  cluster.killA()
  await sleep(5000)
  loading = false
  await load
  check(
    failed.length === 0 && requests > 50,
    `A killed during a load run through Varnish: ${requests} requests, ${failed.length} failed${failed.length ? `: ${failed.slice(0, 5).join('; ')}` : ''}`,
  )
  await cluster.startA()

  // 4. Redis stopped: no 5xx; back, the shared cache works again.
  await cluster.stopRedis()
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
    `Redis stopped: no 5xx (${answers.map((r, i) => `${probes[i]!.replace('http://127.0.0.1:', '')} ${r.status}`).join(', ')})`,
  )
  const whileDown = `${service.title} (while Redis is down)`
  check(
    (await retitle(B, editor.token, service.id, whileDown)) === 200,
    'an edit through B succeeds while Redis is down',
  )
  const ownCopy = await headingBecomes(`${B}${page}`, whileDown)
  check(ownCopy === whileDown, `B shows its own edit while Redis is down ("${ownCopy}")`)
  await cluster.startRedis()
  await sleep(3000) // ioredis tries again every two seconds at most
  const afterBack = `${service.title} (after Redis is back)`
  check(
    (await retitle(A, editor.token, service.id, afterBack)) === 200,
    'an edit through A once Redis is back',
  )
  const shared = await headingBecomes(`${B}${page}`, afterBack)
  check(shared === afterBack, `Redis back: B shows A's edit again ("${shared}")`)
  const sharedV = await headingBecomes(`${V}${page}`, afterBack)
  check(sharedV === afterBack, `and so does Varnish ("${sharedV}")`)

  // 5. PostgreSQL stopped: published pages still served through Varnish.
  const warm = new Map<string, string>()
  for (const u of urls) {
    const r = await get(`${V}${u}`)
    if (r.status === 200) warm.set(u, h1(r.body))
  }
  await cluster.relay.stop()
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
    served.length === warm.size && warm.size === urls.length,
    `PostgreSQL stopped: ${served.length}/${urls.length} published pages served through Varnish with their content`,
  )
} catch (error) {
  failures.push(String(error))
  console.error(error)
} finally {
  await cluster?.stop()
  checks.writeReport(reportFile)
  if (failures.length === 0) fs.rmSync(work, { recursive: true, force: true })
  console.log(
    failures.length
      ? `\ncluster: ${checks.passed} passed, ${failures.length} failed (logs kept in ${work}), ${seconds()}`
      : `\ncluster: ${checks.passed} passed, 0 failed, ${seconds()}`,
  )
  process.exit(failures.length ? 1 : 0)
}
