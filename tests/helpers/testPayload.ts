// A real Payload instance on a temporary SQLite file, migrated with the committed
// migrations, for integration tests through the Local API.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'

export const EOFFICE_HOST = 'eoffice.test.example'

export interface TestPayload {
  payload: Payload
  dir: string
  cleanup: () => Promise<void>
}

export async function startTestPayload(): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-int-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'plaza.db')}`
  process.env.PLAZA_MEDIA_DIR = path.join(dir, 'media')
  // Imported only now, so the config reads this file's database.
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, key: dir })
  // Vitest has no loader for the migration files Payload would import itself: hand them over.
  const { migrations } = await import('../../migrations/sqlite')
  await payload.db.migrate({ migrations: migrations as never })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: {
      cityName: 'Testville',
      timezone: 'Europe/Madrid',
      eOffice: { baseUrl: `https://${EOFFICE_HOST}`, allowedHosts: [{ host: EOFFICE_HOST }] },
    },
    context: { disableRevalidate: true },
  })
  return {
    payload,
    dir,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
