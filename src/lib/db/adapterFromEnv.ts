// The database adapter is chosen by DATABASE_URI's scheme. Each adapter package is loaded
// only when chosen, so a SQLite demo never loads the MongoDB or PostgreSQL drivers.
import path from 'node:path'

import type { DatabaseAdapterObj } from 'payload'

import { parseDatabaseUri, type Env } from '@/lib/config/env'

import { SQLITE_BUSY_TIMEOUT_MS } from './sqliteWriters'

const root = process.cwd()

export async function databaseAdapterFromEnv(env: Env = process.env): Promise<DatabaseAdapterObj> {
  const target = parseDatabaseUri(env.DATABASE_URI)
  switch (target.kind) {
    case 'sqlite': {
      const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
      // Schema changes go through committed migrations only: pushing in development
      // would leave a database that `payload migrate` refuses later.
      return sqliteAdapter({
        client: { url: target.url },
        migrationDir: path.resolve(root, 'migrations/sqlite'),
        push: false,
        // The adapter runs without transactions unless asked: a write that fails half-way
        // (a hook throwing after the main row is saved) must leave no partial document.
        transactionOptions: {},
        // Write-ahead logging lets the site keep reading while an editor or import writes.
        wal: true,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      })
    }
    case 'postgres': {
      const { postgresAdapter } = await import('@payloadcms/db-postgres')
      return postgresAdapter({
        // node-postgres waits forever by default; give up after a few seconds so readers get
        // the cached page or a clear 503.
        pool: { connectionString: target.url, connectionTimeoutMillis: 5000 },
        migrationDir: path.resolve(root, 'migrations/postgres'),
        push: false,
      })
    }
    case 'mongodb': {
      const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
      return mongooseAdapter({ url: target.url })
    }
  }
}
