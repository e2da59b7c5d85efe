// A real Payload instance on a temporary database, migrated with the committed migrations,
// for integration tests through the Local API. SQLite by default; with
// PLAZA_TEST_POSTGRES_URL (a server URL, e.g. postgres://postgres@127.0.0.1:5433/postgres)
// each test file gets its own fresh PostgreSQL database instead, to prove the code is
// adapter-neutral.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

export const EOFFICE_HOST = 'eoffice.test.example'

export interface TestPayload {
  payload: Payload
  dir: string
  cleanup: () => Promise<void>
}

async function createPostgresDatabase(
  serverUrl: string,
  template: string | undefined,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import('pg')
  const name = `plaza_test_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  // A copy of the run's migrated template (tests/helpers/templateDatabase.ts), when there is one.
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
  await admin.end()
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}

export async function startTestPayload(): Promise<TestPayload> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-int-'))
  const postgresServer = process.env.PLAZA_TEST_POSTGRES_URL
  const template = inject('plazaTemplateDatabase') as string | undefined
  const postgres = postgresServer ? await createPostgresDatabase(postgresServer, template) : null
  process.env.DATABASE_URI = postgres ? postgres.url : `file:${path.join(dir, 'plaza.db')}`
  if (!postgres && template) fs.copyFileSync(template, path.join(dir, 'plaza.db'))
  process.env.PLAZA_MEDIA_DIR = path.join(dir, 'media')
  // Same preload as scripts/lib/runCli.ts: avoids Lexical's top-level-await race on Node 20.
  await import('@payloadcms/richtext-lexical/lexical')
  // Imported only now, so the config reads this file's database.
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config, key: dir })
  // Vitest has no loader for the migration files Payload would import itself: hand them over.
  const { migrations } = postgres
    ? await import('../../migrations/postgres')
    : await import('../../migrations/sqlite')
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
      // Payload's pool may keep idle clients; dropping the database terminates them, which
      // the pool reports as an 'error' event: expected here, so it is listened to.
      const pool = (payload.db as { pool?: { on: (event: 'error', fn: () => void) => void } }).pool
      pool?.on('error', () => undefined)
      await postgres?.drop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
