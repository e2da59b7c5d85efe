import type { Payload, PayloadRequest } from 'payload'

import { backedUpCollections } from './scope'

/**
 * PostgreSQL only: rows inserted with explicit ids do not move the `serial` sequences, so
 * the next document created would collide with a restored id. SQLite's rowids and MongoDB's
 * ObjectIds need nothing. This is the one adapter-specific statement of the restore.
 */
export async function resetIdSequences(payload: Payload, req: PayloadRequest): Promise<void> {
  if (payload.db.name !== 'postgres') return
  const adapter = payload.db as unknown as {
    execute: (args: { db?: unknown; raw: string }) => Promise<unknown>
    drizzle: unknown
    sessions?: Record<string, { db: unknown }>
    tableNameMap: Map<string, string>
    schemaName?: string
  }
  const session = req.transactionID ? adapter.sessions?.[String(req.transactionID)] : undefined
  const schema = adapter.schemaName || 'public'
  for (const collection of backedUpCollections(payload)) {
    const table = adapter.tableNameMap.get(collection.slug.replace(/-/g, '_'))
    if (!table) continue
    await adapter.execute({
      db: session?.db ?? adapter.drizzle,
      raw: `SELECT setval(pg_get_serial_sequence('"${schema}"."${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${schema}"."${table}"), 0) + 1, false) WHERE pg_get_serial_sequence('"${schema}"."${table}"', 'id') IS NOT NULL`,
    })
  }
}
