// Export of a whole city through Payload's database adapter API, inside one read transaction so
// that the archive is a single moment (docs/decisions/0007).
import fs from 'node:fs'
import path from 'node:path'

import {
  createLocalReq,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  jsonEntry,
  sha256,
  writeArchive,
  type BackupManifest,
} from './archive'
import {
  backedUpCollections,
  byId,
  fileNamesOf,
  isPlainFileName,
  migrationNames,
  SKIPPED_GLOBALS,
  staticDirOf,
  USER_SECRETS_ALWAYS_DROPPED,
  type Doc,
  type FileRecord,
} from './scope'

export interface BackupOptions {
  secret: string
  /** Leave users' password hashes out: restored users must then reset their password. */
  omitPasswordHashes?: boolean
}

export interface BackupResult {
  archive: Uint8Array
  manifest: Omit<BackupManifest, 'entries' | 'signature'>
}

type Entries = Map<string, Uint8Array>

/** Reads the whole city inside one read transaction, so the export is a single moment. */
export async function exportCity(payload: Payload, options: BackupOptions): Promise<BackupResult> {
  // PostgreSQL's default isolation re-reads per statement; REPEATABLE READ gives one
  // snapshot for the whole export. SQLite's transaction already reads one snapshot.
  const transactionOptions =
    payload.db.name === 'postgres'
      ? { isolationLevel: 'repeatable read', accessMode: 'read only' }
      : undefined
  const req = await createLocalReq({}, payload)
  const transactionID = await payload.db.beginTransaction(transactionOptions as never)
  if (transactionID) req.transactionID = transactionID
  try {
    const entries: Entries = new Map()
    const counts: BackupManifest['counts'] = {
      documents: {},
      versions: {},
      globals: [],
      globalVersions: {},
      files: {},
    }
    const files: FileRecord[] = []
    for (const collection of backedUpCollections(payload)) {
      await exportCollection(payload, req, collection, options, { entries, counts, files })
    }
    entries.set('files/index.json', jsonEntry(files))
    await exportGlobals(payload, req, entries, counts)
    const manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await migrationNames(payload, req),
      adapter: payload.db.name,
      passwordHashes: !options.omitPasswordHashes,
      counts,
    } satisfies Omit<BackupManifest, 'entries' | 'signature'>
    return { archive: writeArchive(entries, manifest, options.secret), manifest }
  } finally {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
  }
}

interface Into {
  entries: Entries
  counts: BackupManifest['counts']
  files: FileRecord[]
}

async function exportCollection(
  payload: Payload,
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  options: BackupOptions,
  { entries, counts, files }: Into,
): Promise<void> {
  const { docs } = await payload.db.find<Doc>({
    collection: collection.slug,
    limit: 0,
    pagination: false,
    locale: 'all',
    // Not the collection's default sort, which may be a localized field.
    sort: 'id',
    req,
  })
  docs.sort(byId)
  if (collection.auth) dropSecrets(docs, options)
  entries.set(`collections/${collection.slug}.json`, jsonEntry(docs))
  counts.documents[collection.slug] = docs.length

  if (collection.versions) {
    const { docs: versions } = await payload.db.findVersions<Record<string, unknown>>({
      collection: collection.slug,
      limit: 0,
      pagination: false,
      locale: 'all',
      req,
    })
    entries.set(`versions/${collection.slug}.json`, jsonEntry(versions))
    counts.versions[collection.slug] = versions.length
  }

  const dir = staticDirOf(collection)
  if (dir) counts.files[collection.slug] = exportFiles(collection.slug, dir, docs, entries, files)
}

function dropSecrets(docs: Doc[], options: BackupOptions): void {
  for (const doc of docs) {
    for (const key of USER_SECRETS_ALWAYS_DROPPED) delete doc[key]
    if (options.omitPasswordHashes) {
      delete doc.hash
      delete doc.salt
    }
  }
}

/** Stores each upload's files by content hash; a missing file stops the export. */
function exportFiles(
  slug: string,
  dir: string,
  docs: Doc[],
  entries: Entries,
  files: FileRecord[],
): number {
  let stored = 0
  for (const doc of docs) {
    for (const filename of fileNamesOf(doc)) {
      const file = path.join(dir, filename)
      if (!isPlainFileName(filename) || !fs.existsSync(file)) {
        throw new Error(
          `${slug} ${doc.id}: the file ${filename} is missing from ${dir}; nothing was written.`,
        )
      }
      const data = new Uint8Array(fs.readFileSync(file))
      const hash = sha256(data)
      entries.set(`files/${slug}/${hash}`, data)
      files.push({ collection: slug, filename, sha256: hash })
      stored += 1
    }
  }
  return stored
}

async function exportGlobals(
  payload: Payload,
  req: PayloadRequest,
  entries: Entries,
  counts: BackupManifest['counts'],
): Promise<void> {
  for (const global of payload.config.globals) {
    if (SKIPPED_GLOBALS.has(global.slug)) continue
    const data = await payload.db.findGlobal({ slug: global.slug, locale: 'all', req })
    if (data) {
      entries.set(`globals/${global.slug}.json`, jsonEntry(data))
      counts.globals.push(global.slug)
    }
    if (global.versions) {
      const { docs } = await payload.db.findGlobalVersions({
        global: global.slug,
        limit: 0,
        pagination: false,
        locale: 'all',
        req,
      })
      entries.set(`global-versions/${global.slug}.json`, jsonEntry(docs))
      counts.globalVersions[global.slug] = docs.length
    }
  }
}
