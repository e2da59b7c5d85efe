// Link health at scale: 2,000 external links spread over 100 hosts (local servers on
// 127.0.0.2 … 127.0.0.101, each its own host name), checked as the nightly job checks them
// (src/lib/links: HEAD then GET, redirects followed, ≤ 1 request a second per host, 8 in
// flight). Prints the wall time, the outcome counts, and the fastest request rate any host
// saw (the smallest gap between two requests' arrival, server side).
// Usage: tsx bench/linkCheck.ts [links=2000] [hosts=100] [intervalMs=1000]
import { checkLink } from '../src/lib/links/checkLink'
import { HostPacer } from '../src/lib/links/hostPacer'
import { startLinkTarget, type LinkTarget } from '../tests/helpers/linkTargets'

const LINKS = Number(process.argv[2] || 2000)
const HOSTS = Number(process.argv[3] || 100)
const INTERVAL_MS = Number(process.argv[4] || 1000)
const CONCURRENCY = 8
// Per host, every tenth link is missing (HEAD + GET) and every tenth moved (two requests).
const pathFor = (i: number) => (i % 10 === 3 ? '/missing' : i % 10 === 7 ? '/moved' : `/ok`)

const targets: LinkTarget[] = []
for (let h = 0; h < HOSTS; h += 1) targets.push(await startLinkTarget(`127.0.0.${h + 2}`))
const urls = Array.from(
  { length: LINKS },
  (_, i) => `${targets[i % HOSTS].origin}${pathFor(Math.floor(i / HOSTS))}?n=${i}`,
)

const pacer = new HostPacer({ hostIntervalMs: INTERVAL_MS, concurrency: CONCURRENCY })
const started = performance.now()
const results = await Promise.all(
  urls.map((url) => checkLink(url, { pacer, allowLoopback: true, timeoutMs: 10_000 })),
)
const seconds = (performance.now() - started) / 1000

const counts: Record<string, number> = {}
for (const result of results) counts[result.status] = (counts[result.status] ?? 0) + 1
let smallestGap = Infinity
let requests = 0
for (const target of targets) {
  requests += target.hits.length
  for (let i = 1; i < target.hits.length; i += 1)
    smallestGap = Math.min(smallestGap, target.hits[i] - target.hits[i - 1])
}
await Promise.all(targets.map((target) => target.close()))

const perHost = Math.ceil(requests / HOSTS)
console.log(`links: ${LINKS} on ${HOSTS} hosts, ${requests} requests (${perHost} per host)`)
console.log(`outcome: ${JSON.stringify(counts)}`)
console.log(`wall time: ${seconds.toFixed(1)} s (floor at this pace: ~${perHost - 1} s)`)
console.log(
  `smallest gap between two requests to one host: ${smallestGap} ms (limit ${INTERVAL_MS} ms)`,
)
