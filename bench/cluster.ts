// Plaza as a city runs it, measured (README, "Running several instances"): the production
// build as a cluster (scripts/lib/clusterCity.ts: PostgreSQL, Redis, instances A and B,
// Varnish). Prints, in one run:
//   - publish through A → live on B and through Varnish: p50/p95 over 20 edits (median of 3);
//   - wrk -t2 -c50 on the home page and a detail page: `next start` alone (A), through
//     Varnish, and nginx serving the same bytes from disk: req/s, p99, max (medians of 3);
//   - requests lost through Varnish while A is killed under load (3 runs).
//
//   PLAZA_DIST_DIR=.next-e2e PLAZA_CLUSTER_SQLITE=tests/.artifacts/e2e/plaza.db \
//   PLAZA_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:54329/postgres \
//   PLAZA_DEMO_PASSWORD=… npx tsx bench/cluster.ts
//
// Ports: PLAZA_CLUSTER_PORTS="A,B,varnish,redis,pg-relay,nginx" (default 3211,3212,6091,6391,6392,6093).
// BENCH_WRK_SECONDS (default 10); BENCH_PARTS=publish,wrk,kill to run only some.
// Needs wrk and nginx (Debian's wrk, nginx-light).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import {
  firstHeading,
  firstService,
  login,
  retitle,
  startClusterCity,
} from '../scripts/lib/clusterCity'
import { waitForPort } from '../scripts/lib/clusterParts'
import { percentile } from './lib/stats'

const [portA, portB, portV, portRedis, portRelay, portNginx] = (
  process.env.PLAZA_CLUSTER_PORTS || '3211,3212,6091,6391,6392,6093'
)
  .split(',')
  .map(Number)
const wrkSeconds = Number(process.env.BENCH_WRK_SECONDS || 10)
const repoRoot = path.resolve(import.meta.dirname, '..')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-bench-cluster-'))
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')

/** Time until `url`'s heading reads `title`, polled every 10 ms. */
async function liveAfter(url: string, title: string, t0: number): Promise<number> {
  for (;;) {
    const html = await (await fetch(url)).text()
    if (firstHeading(html) === title) return performance.now() - t0
    if (performance.now() - t0 > 30_000) throw new Error(`${url}: not live after 30 s`)
    await sleep(10)
  }
}

/** One GET through `agent`, body read in full, within 15 s. */
function getThrough(url: string, agent: http.Agent) {
  return new Promise<{ status: number; varnish?: string }>((resolve, reject) => {
    const request = http.get(url, { agent, timeout: 15_000 }, (response) => {
      response.on('data', () => {})
      response.on('error', reject)
      response.on('end', () =>
        resolve({ status: response.statusCode!, varnish: String(response.headers['x-varnish']) }),
      )
    })
    request.on('timeout', () =>
      request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })),
    )
    request.on('error', reject)
  })
}

/** wrk -t2 -c50; `gzip`: as browsers ask (Varnish keeps pages gzipped and would unzip them). */
function wrk(url: string, gzip = false) {
  const header = gzip ? ['-H', 'Accept-Encoding: gzip'] : []
  const script = path.join(repoRoot, 'bench/lib/wrkDone.lua')
  const args = ['-t2', '-c50', `-d${wrkSeconds}s`, '--timeout', '10s', '-s', script, ...header, url]
  const out = spawnSync('wrk', args, { encoding: 'utf8', cwd: repoRoot }).stdout
  const field = (name: string) => Number(out.match(new RegExp(`${name}=([\\d.]+)`))?.[1] ?? NaN)
  return {
    rps: field('rps'),
    p99: field('p99_ms'),
    max: field('max_ms'),
    over1s: field('over1s'),
    errors: field('errors'),
  }
}

function startNginx(files: Record<string, string>) {
  const rootDir = path.join(work, 'www')
  fs.mkdirSync(rootDir, { recursive: true })
  for (const [name, body] of Object.entries(files)) {
    fs.writeFileSync(path.join(rootDir, name), body)
    fs.writeFileSync(path.join(rootDir, `${name}.gz`), gzipSync(body))
  }
  spawnSync('chmod', ['-R', 'a+rX', work])
  const conf = path.join(work, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `worker_processes 2; pid ${work}/nginx.pid; error_log ${work}/nginx.err;
events { worker_connections 1024; }
http { access_log off; default_type text/html;
  server { listen 127.0.0.1:${portNginx}; root ${rootDir};
    location / { try_files $uri =404; }
    location ~ [.]gz$ { add_header Content-Encoding gzip; types { } default_type text/html; } } }`,
  )
  return spawn('nginx', ['-c', conf, '-p', work, '-g', 'daemon off;'], { stdio: 'inherit' })
}

const cluster = await startClusterCity({
  ports: [portA!, portB!, portV!, portRedis!, portRelay!],
  work,
  pgServer: process.env.PLAZA_TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:54329/postgres',
  distDir: process.env.PLAZA_DIST_DIR || '.next-e2e',
  sqliteSource: path.resolve(process.env.PLAZA_CLUSTER_SQLITE || 'tests/.artifacts/e2e/plaza.db'),
  // PostgreSQL directly, as a city runs it: the relay (for the tests' database cut) would run
  // in this process, beside the polling, and delay every query (BENCH_VIA_RELAY=1 keeps it).
  viaRelay: process.env.BENCH_VIA_RELAY === '1',
})
let nginx: ReturnType<typeof spawn> | null = null
try {
  const { A, B, V } = cluster
  const editor = await login(A, 'editor@plaza.example', process.env.PLAZA_DEMO_PASSWORD || '')
  if (!editor.token) throw new Error('set PLAZA_DEMO_PASSWORD to the demo password')
  const service = await firstService(A, editor.token)
  const page = `/en/services/${service.slug}`

  const only = (process.env.BENCH_PARTS || 'publish,wrk,kill').split(',')
  if (only.includes('publish')) {
    // 1. Publish → live elsewhere.
    // The first render of a page after an instance starts also loads and compiles its code:
    // one edit first, shown apart, so the figures are a running city's.
    {
      const title = `${service.title} bench warm-up ${Date.now() % 10000}`
      const t0 = performance.now()
      if ((await retitle(A, editor.token, service.id, title)) !== 200)
        throw new Error('PATCH failed')
      const [onB, onV] = await Promise.all([
        liveAfter(`${B}${page}`, title, t0),
        liveAfter(`${V}${page}`, title, t0),
      ])
      console.log(
        `first edit after the instances started (not counted): live on B ${onB.toFixed(0)} ms, through Varnish ${onV.toFixed(0)} ms`,
      )
    }
    const runs: Record<'b' | 'v' | 'patch' | 'bAfter' | 'vAfter', number[]>[] = []
    for (let run = 0; run < 3; run++) {
      const b: number[] = []
      const v: number[] = []
      const patch: number[] = []
      const bAfter: number[] = []
      const vAfter: number[] = []
      for (let i = 0; i < 20; i++) {
        await Promise.all(
          [fetch(`${B}${page}`), fetch(`${V}${page}`)].map((p) => p.then((r) => r.text())),
        )
        const title = `${service.title} bench ${run}-${i}-${Date.now() % 10000}`
        const t0 = performance.now()
        const sentAt = Date.now()
        if ((await retitle(A, editor.token, service.id, title)) !== 200)
          throw new Error('PATCH failed')
        patch.push(performance.now() - t0)
        const [onB, onV] = await Promise.all([
          liveAfter(`${B}${page}`, title, t0),
          liveAfter(`${V}${page}`, title, t0),
        ])
        b.push(onB)
        v.push(onV)
        bAfter.push(onB - patch.at(-1)!)
        vAfter.push(onV - patch.at(-1)!)
        if (process.env.BENCH_PUBLISH_TRACE)
          console.log(
            `  edit ${run}-${i} sent at ${sentAt}: PATCH ${patch.at(-1)!.toFixed(0)} ms, B ${onB.toFixed(0)} ms, Varnish ${onV.toFixed(0)} ms`,
          )
      }
      const sort = (xs: number[]) => xs.sort((x, y) => x - y)
      runs.push({
        b: sort(b),
        v: sort(v),
        patch: sort(patch),
        bAfter: sort(bAfter),
        vAfter: sort(vAfter),
      })
    }
    await retitle(A, editor.token, service.id, service.title)
    const fig = (key: keyof (typeof runs)[number], p: number) =>
      median(runs.map((r) => percentile(r[key], p))).toFixed(0)
    console.log(
      `\npublish through A → live (20 edits, median of 3 runs; PATCH sent to page showing it; load ${loadAverage()}):`,
    )
    console.log(`  on B:            p50 ${fig('b', 50)} ms, p95 ${fig('b', 95)} ms`)
    console.log(`  through Varnish: p50 ${fig('v', 50)} ms, p95 ${fig('v', 95)} ms`)
    console.log(
      `  (the PATCH itself, saved and answered by A: p50 ${fig('patch', 50)} ms, p95 ${fig('patch', 95)} ms)`,
    )
    console.log(
      `  from the PATCH's answer: on B p50 ${fig('bAfter', 50)} ms, p95 ${fig('bAfter', 95)} ms; through Varnish p50 ${fig('vAfter', 50)} ms, p95 ${fig('vAfter', 95)} ms`,
    )
  }
  if (only.includes('wrk')) {
    // 2. Throughput: next start alone, Varnish, nginx with the same bytes.
    const pages = { home: '/en', detail: page }
    for (const p of Object.values(pages))
      for (let i = 0; i < 3; i++) await (await fetch(`${V}${p}`)).text()
    const bytes: Record<string, string> = {}
    for (const [name, p] of Object.entries(pages))
      bytes[`${name}.html`] = await (await fetch(`${V}${p}`)).text()
    nginx = startNginx(bytes)
    await waitForPort(portNginx!, 10_000, 'nginx')
    console.log(
      `\nwrk -t2 -c50 -d${wrkSeconds}s, medians of 3 (req/s; p99; max; requests over 1 s; errors; load ${loadAverage()}):`,
    )
    for (const [name, p] of Object.entries(pages)) {
      const nginxUrl = `http://127.0.0.1:${portNginx}/${name}.html`
      const targets: Record<string, [string, boolean]> = {
        'next start (A)': [`${A}${p}`, false],
        Varnish: [`${V}${p}`, false],
        'nginx, same bytes': [nginxUrl, false],
        'Varnish, gzip': [`${V}${p}`, true],
        'nginx, same gzip': [`${nginxUrl}.gz`, false],
      }
      const rps: Record<string, number> = {}
      for (const [label, [url, gzip]] of Object.entries(targets)) {
        const samples = [wrk(url, gzip), wrk(url, gzip), wrk(url, gzip)]
        rps[label] = median(samples.map((s) => s.rps))
        console.log(
          `  ${name.padEnd(6)} ${label.padEnd(17)} ${rps[label]!.toFixed(0).padStart(7)} req/s; p99 ${median(samples.map((s) => s.p99)).toFixed(1)} ms; max ${median(samples.map((s) => s.max)).toFixed(0)} ms; over 1 s ${median(samples.map((s) => s.over1s))}; errors ${samples.map((s) => s.errors).join(' | ')}`,
        )
      }
      console.log(
        `  ${name.padEnd(6)} Varnish / nginx = ${(rps.Varnish! / rps['nginx, same bytes']!).toFixed(2)} (gzip: ${(rps['Varnish, gzip']! / rps['nginx, same gzip']!).toFixed(2)}); Varnish / next start = ${(rps.Varnish! / rps['next start (A)']!).toFixed(1)}`,
      )
    }
  }
  if (only.includes('kill')) {
    // 3. Requests lost while one instance is killed (SIGKILL, as a crash) or stopped
    // (SIGTERM, as a rolling restart), alternately; BENCH_KILL_RUNS runs (default 6).
    const urls = ['/en', '/es', page, '/en/services', '/en/agenda', '/sitemap.xml']
    const runs = Number(process.env.BENCH_KILL_RUNS || 6)
    const lost: string[] = []
    let lostTotal = 0
    let requestsTotal = 0
    for (let run = 0; run < runs; run++) {
      const signal = run % 2 === 0 ? 'SIGKILL' : 'SIGTERM'
      let requests = 0
      const failures: string[] = []
      let loading = true
      // Each run opens its own connections: a keep-alive socket left idle by an earlier part
      // can be closed by Varnish (timeout_idle) as it is reused, an EPIPE that is no lost request.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
      const worker = async (w: number) => {
        for (let i = 0; loading; i++) {
          const u = urls[(i + w) % urls.length]! + (i % 4 === 0 ? `?load=${run}-${w}-${i}` : '')
          const sent = performance.now()
          try {
            const r = await getThrough(`${V}${u}`, agent)
            if (r.status >= 400) failures.push(`${u} ${r.status} (x-varnish ${r.varnish})`)
          } catch (error) {
            const e = error as Error & { code?: string }
            failures.push(
              `${u} ${e.name}${e.code ? ` ${e.code}` : ''} after ${(performance.now() - sent).toFixed(0)} ms`,
            )
          }
          requests += 1
        }
      }
      const load = Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)))
      await sleep(2000)
      void cluster.stopA(signal)
      await sleep(6000)
      loading = false
      await load
      agent.destroy()
      lostTotal += failures.length
      requestsTotal += requests
      lost.push(`${signal} ${failures.length}/${requests}`)
      if (failures.length) console.log(`  run ${run + 1} (${signal}) lost: ${failures.join('; ')}`)
      await cluster.startA()
    }
    console.log(
      `\nrequests lost through Varnish while A is killed or stopped (16 clients, 8 s, ${runs} runs; load ${loadAverage()}): ${lostTotal} of ${requestsTotal} (${lost.join(', ')})`,
    )
  }
} finally {
  nginx?.kill('SIGTERM')
  await cluster.stop()
  if (process.env.BENCH_KEEP_LOGS) console.log(`logs kept in ${work}`)
  else fs.rmSync(work, { recursive: true, force: true })
}
