// Vitest global setup: applies the committed migrations once per run, to a template database
// (a SQLite file, or a PostgreSQL database when PLAZA_TEST_POSTGRES_URL is set), which
// startTestPayload() then copies for each test file instead of migrating each one again
// (about 3 s of CPU per file on SQLite, more on PostgreSQL). Each file still gets its own
// database; Payload's migrate() then finds every migration applied and does nothing.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated SQLite file, or the name of a migrated PostgreSQL database, to copy. */
    plazaTemplateDatabase: string
  }
}

const run = promisify(execFile)

async function migrate(databaseUri: string, dir: string): Promise<void> {
  await run(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
    env: {
      ...process.env,
      DATABASE_URI: databaseUri,
      PLAZA_MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'vitest-template-secret-0123456789',
    },
    timeout: 300_000,
  })
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // A run of named unit files only needs no database.
  const filters = process.argv.slice(2).filter((arg) => /\.spec\.ts$|^tests\//.test(arg))
  if (filters.length > 0 && !filters.some((filter) => filter.includes('int'))) return
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-template-'))
  const server = process.env.PLAZA_TEST_POSTGRES_URL
  if (!server) {
    const file = path.join(dir, 'template.db')
    await migrate(`file:${file}`, dir)
    project.provide('plazaTemplateDatabase', file)
    return async () => fs.rmSync(dir, { recursive: true, force: true })
  }
  const { default: pg } = await import('pg')
  const name = `plaza_template_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: server })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await query(`CREATE DATABASE ${name}`)
  const url = new URL(server)
  url.pathname = `/${name}`
  await migrate(url.toString(), dir)
  project.provide('plazaTemplateDatabase', name)
  return async () => {
    await query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
