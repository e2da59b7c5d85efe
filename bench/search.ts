// Built-in search with 10,000 documents: index build time, query p50/p95, heap used; and,
// against a running site, publish → findable latency.
// Usage: node --expose-gc --import tsx bench/search.ts [documents=10000] [queries=500] [--rounds 3]
//          [--body-words N|all]   (body words indexed; default BODY_INDEX_WORDS)
//        BASE_URL=http://127.0.0.1:3100 PLAZA_DEMO_PASSWORD=… tsx bench/search.ts --publish [N=20]
//        (that server needs PLAZA_RATE_LIMIT_SEARCH=100000/60 for a long run: one address)
import { BuiltinSearchBackend } from '../src/lib/search/builtinBackend'
import { BODY_INDEX_WORDS } from '../src/lib/search/builtinIndex'
import type { SearchRecord, SearchType } from '../src/lib/search/types'
import { editorHeaders, percentile } from './lib/stats'

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  )

// A deterministic vocabulary of city words, so runs are comparable.
const WORDS =
  'register certificate tax payment fine appeal library sports centre swimming pool licence permit waste collection bulky street market festival concert museum exhibition parking resident card school enrolment grant subsidy housing water supply cut road works bus metro line stop timetable alert heat storm flood noise complaint marriage birth death pension elderly care child nursery youth theatre cinema park garden tree pruning recycling container taxi bicycle lane pedestrian'.split(
    ' ',
  )
let seed = 42
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
// Real text is Zipfian: a few words are everywhere, most are rare. 20,000 pseudo-words after
// the city words, drawn with a Zipf(1) distribution.
const SYLLABLES =
  'ba ce di fo gu la me ni po ru sa te vi zo ca de fi go lu ma ne pi ro su ta ve'.split(' ')
const VOCABULARY = [
  ...WORDS,
  ...Array.from({ length: 20_000 }, (_, i) => {
    let word = ''
    for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length))
      word += SYLLABLES[n % SYLLABLES.length]
    return word
  }),
]
const CUMULATIVE: number[] = []
VOCABULARY.forEach((_, i) => CUMULATIVE.push((CUMULATIVE[i - 1] ?? 0) + 1 / (i + 1)))
function pick(): string {
  const target = random() * CUMULATIVE[CUMULATIVE.length - 1]
  let low = 0
  let high = CUMULATIVE.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if (CUMULATIVE[mid] < target) low = mid + 1
    else high = mid
  }
  return VOCABULARY[low]
}
const pickQueryWord = () => WORDS[Math.floor(random() * WORDS.length)]
const phrase = (n: number) => Array.from({ length: n }, pick).join(' ')
const TYPES: SearchType[] = ['procedure', 'service', 'event', 'alert', 'page']

function records(count: number): SearchRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    objectID: `doc-${i}`,
    type: TYPES[i % TYPES.length],
    locale: 'en',
    title: phrase(4),
    summary: phrase(25),
    body: phrase(300),
    url: `/en/procedures/doc-${i}`,
    topics: [],
  }))
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : undefined
}

async function indexBench(count: number, queries: number, rounds: number): Promise<void> {
  const docs = records(count)
  const builds: number[] = []
  const heaps: number[] = []
  const bodyOption = option('--body-words')
  const bodyWords =
    bodyOption === 'all' ? Infinity : bodyOption ? Number(bodyOption) : BODY_INDEX_WORDS
  let backend = new BuiltinSearchBackend({ bodyWords })
  const buildRuns = Number(option('--builds') || 3)
  for (let run = 0; run < buildRuns; run++) {
    backend = undefined as unknown as BuiltinSearchBackend
    global.gc?.()
    backend = new BuiltinSearchBackend({ bodyWords })
    global.gc?.()
    // The JS heap plus ArrayBuffer memory (typed arrays live outside the heap).
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers
    const heapBefore = used()
    const started = performance.now()
    await backend.replaceAll('en', docs)
    builds.push(performance.now() - started)
    global.gc?.()
    heaps.push((used() - heapBefore) / 2 ** 20)
  }
  // Wall time, and the process's CPU time: on a shared machine the wall time includes waiting
  // for a core, the CPU time does not (it includes the GC threads' work).
  const measure = async (terms: string[]) => {
    const wall: number[] = []
    const cpu: number[] = []
    for (const q of terms) {
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      await backend.search({ q, locale: 'en', limit: 20 })
      wall.push(performance.now() - started)
      const used = process.cpuUsage(cpuBefore)
      cpu.push((used.user + used.system) / 1000)
    }
    return { wall: wall.sort((x, y) => x - y), cpu: cpu.sort((x, y) => x - y) }
  }
  const queriesFrom = (draw: () => string) =>
    Array.from({ length: queries }, (_, i) => {
      const words = [draw(), draw()]
      if (i % 3 === 0) words[1] = words[1].slice(0, Math.max(3, words[1].length - 2)) // unfinished
      if (i % 3 === 1 && words[0].length >= 5) words[0] = words[0].replace(/[aeiou]/, '') // typo
      return words.join(' ')
    })
  // Each round draws new queries; the figures are the medians of the rounds' percentiles.
  type Round = Awaited<ReturnType<typeof measure>>
  const rows = { typical: [] as Round[], common: [] as Round[] }
  for (let round = 0; round < rounds; round++) {
    // Typical: words drawn as they occur in the text.
    rows.typical.push(await measure(queriesFrom(pick)))
    // Worst case: both words among the 80 most frequent of the corpus (each in many documents).
    rows.common.push(await measure(queriesFrom(pickQueryWord)))
  }
  const body = Number.isFinite(bodyWords) ? `first ${bodyWords} body words` : 'whole body'
  console.log(
    `built-in search, ${count} documents, ${body} indexed (${rounds} rounds × ${queries} queries, 2 words, 1/3 typos, 1/3 prefixes)`,
  )
  console.log(`  index build: median ${median(builds).toFixed(0)} ms over ${buildRuns} builds`)
  console.log(
    `  memory for the index (heap + array buffers): median ${median(heaps).toFixed(1)} MiB${global.gc ? '' : ' (run with --expose-gc for exact figures)'}`,
  )
  for (const [name, list] of [
    ['typical words', rows.typical],
    ['most frequent words', rows.common],
  ] as const) {
    for (const kind of ['wall', 'cpu'] as const) {
      const of = (p: number) => median(list.map((round) => percentile(round[kind], p)))
      const perRound = list.map((round) => percentile(round[kind], 95).toFixed(1)).join(', ')
      const max = Math.max(...list.map((round) => round[kind].at(-1)!))
      console.log(
        `  query (${name}, ${kind === 'wall' ? 'wall' : 'CPU'} time): p50 ${of(50).toFixed(2)} ms, p95 ${of(95).toFixed(2)} ms (p95 per round: ${perRound}), max ${max.toFixed(2)} ms`,
      )
    }
  }
}

async function publishBench(runs: number): Promise<void> {
  const base = process.env.BASE_URL || 'http://127.0.0.1:3000'
  const password = process.env.PLAZA_DEMO_PASSWORD
  const auth = await editorHeaders(base, password)
  await fetch(`${base}/api/search?q=warmup&locale=en`)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const marker = `benchword${Date.now().toString(36)}${i}`
    const started = performance.now()
    const created = await fetch(`${base}/api/procedures`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        title: `Bench ${marker}`,
        slug: marker,
        summary: 'Search bench document.',
        steps: [{ title: 'Apply' }],
        _status: 'published',
      }),
    })
    if (!created.ok) throw new Error(`create failed: ${created.status} ${await created.text()}`)
    const { doc } = (await created.json()) as { doc: { id: number } }
    for (;;) {
      const body = (await (await fetch(`${base}/api/search?q=${marker}&locale=en`)).json()) as {
        hits: unknown[]
      }
      if (body.hits.length > 0) break
      if (performance.now() - started > 30_000) throw new Error('not findable after 30 s')
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    samples.push(performance.now() - started)
    await fetch(`${base}/api/procedures/${doc.id}`, { method: 'DELETE', headers: auth })
  }
  const sorted = [...samples].sort((a, b) => a - b)
  console.log(
    `publish → findable over ${runs} publishes: p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms`,
  )
}

if (process.argv.includes('--publish')) {
  const n = Number(process.argv[process.argv.indexOf('--publish') + 1] || 20)
  await publishBench(n)
} else {
  const positional = process.argv
    .slice(2)
    .filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'))
  await indexBench(
    Number(positional[0] || 10_000),
    Number(positional[1] || 500),
    Number(option('--rounds') || 3),
  )
}
