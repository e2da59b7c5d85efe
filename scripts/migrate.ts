// Applies the committed migrations to the configured database (SQLite or PostgreSQL;
// MongoDB needs none). Safe to run on every start: applied migrations are skipped.
import { getPayload } from 'payload'

import { runCli } from './lib/runCli'

await runCli('migrate', async () => {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    payload.logger.info('Database is up to date.')
  } finally {
    await payload.destroy()
  }
})
