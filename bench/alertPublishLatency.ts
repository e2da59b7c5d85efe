// Publish an alert → the banner of another page and the RSS feed show it: p50/p95 over N
// publishes, against a running site (`next start`). Each run creates a published alert over
// REST as the demo editor, then polls /en/procedures and /en/alerts/rss.xml; the alerts are
// deleted at the end.
// Usage: BASE_URL=http://127.0.0.1:3100 PLAZA_DEMO_PASSWORD=… tsx bench/alertPublishLatency.ts [N]
import { editorHeaders, percentile } from './lib/stats'

const base = process.env.BASE_URL || 'http://127.0.0.1:3000'
const password = process.env.PLAZA_DEMO_PASSWORD
const runs = Number(process.argv[2] || 20)
const TIMEOUT_MS = 30_000

/** Milliseconds from `started` until `url` contains `marker`. */
async function visibleAfter(url: string, marker: string, started: number): Promise<number> {
  for (;;) {
    const body = await (await fetch(url)).text()
    if (body.includes(marker)) return performance.now() - started
    if (performance.now() - started > TIMEOUT_MS) throw new Error(`${url}: not visible after 30 s`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const summary = (label: string, samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return `${label} p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`
}

async function main(): Promise<void> {
  const auth = await editorHeaders(base, password)
  const pageUrl = `${base}/en/procedures`
  const rssUrl = `${base}/en/alerts/rss.xml`
  await Promise.all([fetch(pageUrl), fetch(rssUrl)]) // warm
  const banner: number[] = []
  const rss: number[] = []
  const both: number[] = []
  const post: number[] = []
  const ids: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const marker = `bench-alert-${Date.now()}-${i}`
      const started = performance.now()
      const response = await fetch(`${base}/api/alerts?locale=en`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          headline: `Bench ${marker}`,
          slug: marker,
          description: 'Benchmark alert.',
          eventType: 'Benchmark',
          severity: 'Minor',
          urgency: 'Expected',
          certainty: 'Likely',
          categories: ['Other'],
          status: 'Actual',
          onset: new Date(Date.now() - 60_000).toISOString(),
          expires: new Date(Date.now() + 3_600_000).toISOString(),
          area: { description: 'Benchmark' },
          _status: 'published',
        }),
      })
      if (!response.ok) throw new Error(`POST failed: ${response.status} ${await response.text()}`)
      ids.push(((await response.json()) as { doc: { id: number } }).doc.id)
      post.push(performance.now() - started)
      const [onPage, inFeed] = await Promise.all([
        visibleAfter(pageUrl, marker, started),
        visibleAfter(rssUrl, marker, started),
      ])
      banner.push(onPage)
      rss.push(inFeed)
      both.push(Math.max(onPage, inFeed))
    }
  } finally {
    for (const id of ids) {
      await fetch(`${base}/api/alerts/${id}`, { method: 'DELETE', headers: auth })
    }
  }
  console.log(`alert publish→visible over ${runs} publishes (from POST sent):`)
  console.log(`  ${summary('banner on /en/procedures:', banner)}`)
  console.log(`  ${summary('RSS /en/alerts/rss.xml:  ', rss)}`)
  console.log(`  ${summary('both:                    ', both)}`)
  console.log(`  ${summary('of which the POST itself:', post)}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

export {}
