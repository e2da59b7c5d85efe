// What a backup holds: which collections and fields, in which order, and where their files are.
import path from 'node:path'

import type { Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

export type Doc = Record<string, unknown> & { id: number | string }
export interface VersionDoc {
  id: number | string
  parent?: number | string
  version: Record<string, unknown>
  createdAt: string
  updatedAt: string
  autosave?: boolean
  latest?: boolean
  publishedLocale?: string
  snapshot?: boolean
}
export interface FileRecord {
  collection: string
  filename: string
  sha256: string
}

/**
 * Not backed up: the migration log (the target runs its own migrations and must match) and
 * editing locks (transient: they name editors' open tabs).
 */
export const SKIPPED_COLLECTIONS = new Set(['payload-migrations', 'payload-locked-documents'])
/**
 * Runtime state rebuilt by the running site, not the city's content: the jobs scheduler's
 * statistics, and the live departures fetched from the operator every 30 s.
 */
export const SKIPPED_GLOBALS = new Set(['payload-jobs-stats', 'transit-realtime'])

/** Fields of users never carried over: open sessions and pending reset links die. */
export const USER_SECRETS_ALWAYS_DROPPED = [
  'sessions',
  'resetPasswordToken',
  'resetPasswordExpiration',
]

export function backedUpCollections(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter((c) => !SKIPPED_COLLECTIONS.has(c.slug))
}

export function byId(a: { id: number | string }, b: { id: number | string }): number {
  if (typeof a.id === 'number' && typeof b.id === 'number') return a.id - b.id
  return String(a.id).localeCompare(String(b.id))
}

export function byCreated(a: VersionDoc, b: VersionDoc): number {
  return a.updatedAt === b.updatedAt ? byId(a, b) : a.updatedAt < b.updatedAt ? -1 : 1
}

export async function migrationNames(payload: Payload, req: PayloadRequest): Promise<string[]> {
  const { docs } = await payload.db.find<{ name: string }>({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    req,
  })
  // Without the timestamp prefix: each adapter's migration of the same step has its own
  // timestamp, and a SQLite city may be restored into PostgreSQL.
  return docs
    .map((d) => d.name)
    .filter((name) => name !== 'dev')
    .map((name) => name.replace(/^\d{8}_\d{6}_/, ''))
    .sort()
}

export function staticDirOf(collection: SanitizedCollectionConfig): string | null {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object' || !upload.staticDir) return null
  return path.resolve(process.cwd(), upload.staticDir)
}

/** The stored file names of an upload document: the original and each image size. */
export function fileNamesOf(doc: Doc): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string') names.add(doc.filename)
  const sizes = doc.sizes as Record<string, { filename?: string | null } | null> | undefined
  for (const size of Object.values(sizes ?? {})) {
    if (size?.filename) names.add(size.filename)
  }
  return [...names]
}

export function isPlainFileName(name: string): boolean {
  return name.length > 0 && name === path.basename(name) && name !== '.' && name !== '..'
}
