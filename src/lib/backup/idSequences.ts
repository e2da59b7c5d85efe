import type { Payload, PayloadRequest } from 'payload'

import { backedUpCollections } from './scope'

/**
 * PostgreSQL only: explicit ids do not move `serial` sequences, so the next create would
 * collide with a restored id. The restore's one adapter-specific statement.
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
