// Brings a database up to date for the demo: applies migrations, then seeds the demo city
// only when the database has no users at all, so it never reseeds a city's real content.
import { getPayload } from 'payload'

import { runCli } from './lib/runCli'

await runCli('prepare', async () => {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
    if (totalDocs > 0) {
      console.log('plaza: the database already has content; not seeding.')
      return
    }
    const { seedDemoCity } = await import('../src/lib/seed/seedDemoCity')
    console.log('plaza: empty database, seeding the demo city…')
    await seedDemoCity(payload, {
      log: (line: string) => console.log(line),
      demoPassword: process.env.PLAZA_DEMO_PASSWORD,
    })
    // The seed writes without hooks; a hosted index needs the demo content pushed once.
    // (The built-in index builds itself from the database on the first search.)
    const { readSearchConfig } = await import('../src/lib/search/config')
    if (readSearchConfig().kind === 'algolia') {
      const { reindexAll } = await import('../src/lib/search/searchService')
      await reindexAll(payload, undefined, (line) => console.log(`plaza: search ${line}`))
    }
  } finally {
    await payload.destroy()
  }
})
