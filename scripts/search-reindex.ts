// `npm run search:reindex`: rebuilds every locale's search index from the published content
// (Algolia when configured: settings and synonyms applied, records replaced atomically).
import { getPayload } from 'payload'

import { requireExistingDatabase } from '../src/lib/config/env'
import { runCli } from './lib/runCli'

await runCli('search:reindex', async () => {
  // It reads the city: a missing SQLite file is named, not created empty.
  requireExistingDatabase()
  const { default: config } = await import('../payload.config')
  const { readSearchConfig } = await import('../src/lib/search/config')
  const { reindexAll, searchState } = await import('../src/lib/search/searchService')
  const kind = readSearchConfig().kind
  const payload = await getPayload({ config })
  try {
    const started = Date.now()
    console.log(`plaza: reindexing the ${kind === 'algolia' ? 'Algolia' : 'built-in'} search…`)
    const counts = await reindexAll(payload, searchState().backend, (line) =>
      console.log(`  ${line}`),
    )
    const total = Object.values(counts).reduce((a, b) => a + b, 0)
    console.log(`plaza: ${total} records indexed in ${Date.now() - started} ms`)
    if (kind === 'builtin') {
      console.log(
        'plaza: (the built-in index lives in the server process and rebuilds itself; this run checked the records)',
      )
    }
  } finally {
    await payload.destroy()
  }
})
