// Publish → public page shows the change: p50/p95 over N edits, against a running site.
// Usage: BASE_URL=http://127.0.0.1:3100 PLAZA_DEMO_PASSWORD=… tsx bench/publishLatency.ts [N]
import { editorHeaders, percentile } from './lib/stats'

const base = process.env.BASE_URL || 'http://127.0.0.1:3000'
const password = process.env.PLAZA_DEMO_PASSWORD
const runs = Number(process.argv[2] || 20)

async function main(): Promise<void> {
  const auth = await editorHeaders(base, password)
  const list = (await (await fetch(`${base}/api/services?limit=1&depth=0&sort=title`)).json()) as {
    docs: { id: number; slug: string; summary: string }[]
  }
  const service = list.docs[0]
  const pageUrl = `${base}/en/services/${service.slug}`
  await fetch(pageUrl) // warm
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const marker = `bench-${Date.now()}-${i}`
    const started = performance.now()
    const patch = await fetch(`${base}/api/services/${service.id}?locale=en`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ summary: `${service.summary} ${marker}`, _status: 'published' }),
    })
    if (!patch.ok) throw new Error(`PATCH failed: ${patch.status} ${await patch.text()}`)
    for (;;) {
      const html = await (await fetch(pageUrl)).text()
      if (html.includes(marker)) break
      if (performance.now() - started > 30_000) throw new Error('change not visible after 30 s')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    samples.push(performance.now() - started)
  }
  await fetch(`${base}/api/services/${service.id}?locale=en`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ summary: service.summary, _status: 'published' }),
  })
  const sorted = [...samples].sort((a, b) => a - b)
  console.log(
    `publish→visible over ${runs} edits (from PATCH sent): p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
