// Backup and restore of a whole city through Payload's database adapter API (payload.db.*),
// so SQLite, PostgreSQL and MongoDB see the same calls. Why the adapter API rather than the
// Local API (payload.find/create): a restore must reproduce what is stored, exactly: the
// same ids (relationships and scheduled-publish jobs point at them), timestamps, statuses,
// password hashes and version history. The Local API would re-run hooks (revalidation,
// search sync, GTFS import queue, password hashing), validation and upload handling,
// would assign new ids and cannot write past versions at all.
import fs from 'node:fs'
import path from 'node:path'

import {
  createLocalReq,
  type Field,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupArchiveError,
  jsonEntry,
  openArchive,
  readJsonEntry,
  sha256,
  writeArchive,
  type BackupManifest,
} from './archive'

type Doc = Record<string, unknown> & { id: number | string }
interface VersionDoc {
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
interface FileRecord {
  collection: string
  filename: string
  sha256: string
}

/**
 * Not backed up: the migration log (the target runs its own migrations and must match) and
 * editing locks (transient: they name editors' open tabs).
 */
const SKIPPED_COLLECTIONS = new Set(['payload-migrations', 'payload-locked-documents'])
/** Runtime state of the jobs scheduler, rebuilt by the running site: not the city's content. */
export const SKIPPED_GLOBALS = new Set(['payload-jobs-stats'])

/** Fields of users never carried over: open sessions and pending reset links die. */
const USER_SECRETS_ALWAYS_DROPPED = ['sessions', 'resetPasswordToken', 'resetPasswordExpiration']

function backedUpCollections(payload: Payload): SanitizedCollectionConfig[] {
  return payload.config.collections.filter((c) => !SKIPPED_COLLECTIONS.has(c.slug))
}

function byId(a: { id: number | string }, b: { id: number | string }): number {
  if (typeof a.id === 'number' && typeof b.id === 'number') return a.id - b.id
  return String(a.id).localeCompare(String(b.id))
}

function byCreated(a: VersionDoc, b: VersionDoc): number {
  return a.updatedAt === b.updatedAt ? byId(a, b) : a.updatedAt < b.updatedAt ? -1 : 1
}

async function migrationNames(payload: Payload, req: PayloadRequest): Promise<string[]> {
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

function staticDirOf(collection: SanitizedCollectionConfig): string | null {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object' || !upload.staticDir) return null
  return path.resolve(process.cwd(), upload.staticDir)
}

/** The stored file names of an upload document: the original and each image size. */
function fileNamesOf(doc: Doc): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string') names.add(doc.filename)
  const sizes = doc.sizes as Record<string, { filename?: string | null } | null> | undefined
  for (const size of Object.values(sizes ?? {})) {
    if (size?.filename) names.add(size.filename)
  }
  return [...names]
}

function isPlainFileName(name: string): boolean {
  return name.length > 0 && name === path.basename(name) && name !== '.' && name !== '..'
}

export interface BackupOptions {
  secret: string
  /** Leave users' password hashes out: restored users must then reset their password. */
  omitPasswordHashes?: boolean
}

export interface BackupResult {
  archive: Uint8Array
  manifest: Omit<BackupManifest, 'entries' | 'signature'>
}

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
    const entries = new Map<string, Uint8Array>()
    const counts: BackupManifest['counts'] = {
      documents: {},
      versions: {},
      globals: [],
      globalVersions: {},
      files: {},
    }
    const files: FileRecord[] = []
    for (const collection of backedUpCollections(payload)) {
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
      if (collection.auth) {
        for (const doc of docs) {
          for (const key of USER_SECRETS_ALWAYS_DROPPED) delete doc[key]
          if (options.omitPasswordHashes) {
            delete doc.hash
            delete doc.salt
          }
        }
      }
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
      if (dir) {
        let stored = 0
        for (const doc of docs) {
          for (const filename of fileNamesOf(doc)) {
            const file = path.join(dir, filename)
            if (!isPlainFileName(filename) || !fs.existsSync(file)) {
              throw new Error(
                `${collection.slug} ${doc.id}: the file ${filename} is missing from ${dir}; nothing was written.`,
              )
            }
            const data = new Uint8Array(fs.readFileSync(file))
            const hash = sha256(data)
            entries.set(`files/${collection.slug}/${hash}`, data)
            files.push({ collection: collection.slug, filename, sha256: hash })
            stored += 1
          }
        }
        counts.files[collection.slug] = stored
      }
    }
    entries.set('files/index.json', jsonEntry(files))

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

/** The collections a collection's fields point at (relationship and upload fields). */
function targetsOf(fields: Field[], into = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const slug of [field.relationTo].flat()) into.add(slug)
    }
    if ('fields' in field && Array.isArray(field.fields)) targetsOf(field.fields, into)
    if (field.type === 'tabs') for (const tab of field.tabs) targetsOf(tab.fields, into)
    if (field.type === 'blocks') for (const block of field.blocks) targetsOf(block.fields, into)
  }
  return into
}

/** Collections ordered so that each comes after the ones it points at (cycles broken). */
function writeOrder(collections: SanitizedCollectionConfig[]): SanitizedCollectionConfig[] {
  const bySlug = new Map<string, SanitizedCollectionConfig>(collections.map((c) => [c.slug, c]))
  const ordered: SanitizedCollectionConfig[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (c: SanitizedCollectionConfig) => {
    if (state.has(c.slug)) return
    state.set(c.slug, 'visiting')
    for (const target of targetsOf(c.fields)) {
      const dep = bySlug.get(target)
      if (dep && dep !== c) visit(dep)
    }
    state.set(c.slug, 'done')
    ordered.push(c)
  }
  collections.forEach(visit)
  return ordered
}

/**
 * A copy of the data without the relationship and upload values that point at collections
 * not written yet (itself included), at any depth and in every locale: those are put back
 * in a second pass, so a document may point at one written later (or at its own
 * collection) without breaking the database's foreign keys.
 */
function withoutRelations(
  fields: Field[],
  data: unknown,
  written: Set<string>,
): { data: unknown; had: boolean } {
  let had = false
  const strip = (fieldList: Field[], value: unknown): unknown => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) }
    for (const field of fieldList) {
      if (field.type === 'row' || field.type === 'collapsible') {
        Object.assign(out, strip(field.fields, out))
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            out[tab.name] = mapLocales(tab.localized, out[tab.name], (v) => strip(tab.fields, v))
          } else {
            Object.assign(out, strip(tab.fields, out))
          }
        }
        continue
      }
      if (!('name' in field) || !(field.name in out)) continue
      const current = out[field.name]
      const localized = 'localized' in field && field.localized === true
      switch (field.type) {
        case 'relationship':
        case 'upload': {
          if ([field.relationTo].flat().every((slug) => written.has(slug))) break
          const empty = 'hasMany' in field && field.hasMany ? [] : null
          const isSet = (v: unknown) =>
            v !== null && v !== undefined && !(Array.isArray(v) && !v.length)
          if (localized && current && typeof current === 'object' && !Array.isArray(current)) {
            const locales = current as Record<string, unknown>
            if (Object.values(locales).some(isSet)) had = true
            out[field.name] = Object.fromEntries(Object.keys(locales).map((l) => [l, empty]))
          } else {
            if (isSet(current)) had = true
            out[field.name] = empty
          }
          break
        }
        case 'group':
          out[field.name] = mapLocales(localized, current, (v) => strip(field.fields, v))
          break
        case 'array':
          out[field.name] = mapLocales(localized, current, (rows) =>
            Array.isArray(rows) ? rows.map((row) => strip(field.fields, row)) : rows,
          )
          break
        case 'blocks':
          out[field.name] = mapLocales(localized, current, (rows) =>
            Array.isArray(rows)
              ? rows.map((row) => {
                  const block = field.blocks.find(
                    (b) => b.slug === (row as { blockType?: string }).blockType,
                  )
                  return block ? strip(block.fields, row) : row
                })
              : rows,
          )
          break
      }
    }
    return out
  }
  const mapLocales = (
    localized: boolean | undefined,
    value: unknown,
    fn: (v: unknown) => unknown,
  ) =>
    localized && value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([l, v]) => [l, fn(v)]),
        )
      : fn(value)
  const result = strip(fields, data)
  return { data: result, had }
}

export interface RestoreOptions {
  secret: string
  /** Empty a database that has content before restoring (otherwise it is refused). */
  force?: boolean
  ignoreSignature?: boolean
}

export interface RestoreResult {
  manifest: BackupManifest
  documents: number
  versions: number
  files: number
}

export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError'
}

async function contentCounts(payload: Payload, req: PayloadRequest): Promise<string[]> {
  const nonEmpty: string[] = []
  for (const collection of backedUpCollections(payload)) {
    const { totalDocs } = await payload.db.count({ collection: collection.slug, req })
    if (totalDocs > 0) nonEmpty.push(`${collection.slug} (${totalDocs})`)
  }
  return nonEmpty
}

/**
 * Restores an archive into a migrated database. Everything is checked first (archive,
 * migrations, collections, an empty target); the database writes happen in one transaction,
 * so a failure leaves the database as it was. Files are written after the commit.
 */
export async function restoreCity(
  payload: Payload,
  archiveData: Uint8Array,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const { manifest, entries } = openArchive(archiveData, options)
  const files = readJsonEntry<FileRecord[]>(entries, 'files/index.json')
  const collections = backedUpCollections(payload)
  const known = new Set<string>(collections.map((c) => c.slug))
  for (const slug of Object.keys(manifest.counts.documents)) {
    if (!known.has(slug)) {
      throw new BackupArchiveError(
        `The backup holds a collection this Plaza does not have: ${slug}.`,
      )
    }
  }
  for (const file of files) {
    const collection = collections.find((c) => c.slug === file.collection)
    if (!collection || !staticDirOf(collection) || !isPlainFileName(file.filename)) {
      throw new BackupArchiveError(`The backup lists an unexpected file: ${file.filename}.`)
    }
    if (!entries.has(`files/${file.collection}/${file.sha256}`)) {
      throw new BackupArchiveError(`The backup lacks the content of ${file.filename}.`)
    }
  }

  const req = await createLocalReq({}, payload)
  const migrations = await migrationNames(payload, req)
  if (migrations.join('\n') !== manifest.migrations.join('\n')) {
    throw new RestoreRefusedError(
      `The database’s schema differs from the backup’s (migrations ${migrations.length} vs ${manifest.migrations.length}): run the same Plaza version’s migrations first.`,
    )
  }
  const nonEmpty = await contentCounts(payload, req)
  if (nonEmpty.length > 0 && !options.force) {
    throw new RestoreRefusedError(
      `The database is not empty (${nonEmpty.slice(0, 4).join(', ')}${nonEmpty.length > 4 ? ', …' : ''}); restore into an empty database, or pass --force to replace its content.`,
    )
  }

  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  // Documents keep their ids: the adapters honour `data.id` on create only with this
  // adapter option, which stays off for the running site (a request could otherwise choose
  // ids); this restore process sets it for its own writes.
  const db = payload.db as typeof payload.db & { allowIDOnCreate?: boolean }
  const allowedBefore = db.allowIDOnCreate
  db.allowIDOnCreate = true
  let documents = 0
  let versions = 0
  try {
    if (options.force) {
      // Referring documents first, so no required relationship is left pointing nowhere.
      for (const collection of writeOrder(collections).reverse()) {
        if (collection.versions) {
          await payload.db.deleteVersions({ collection: collection.slug, where: {}, req })
        }
        await payload.db.deleteMany({ collection: collection.slug, where: {}, req })
      }
    }
    // Pass 1: every document without its relationships; pass 2: put them back.
    const relinks: { slug: SanitizedCollectionConfig['slug']; doc: Doc }[] = []
    const written = new Set<string>()
    for (const collection of writeOrder(collections)) {
      const docs = entries.has(`collections/${collection.slug}.json`)
        ? readJsonEntry<Doc[]>(entries, `collections/${collection.slug}.json`)
        : []
      for (const doc of docs) {
        const { data, had } = withoutRelations(collection.fields, doc, written)
        await payload.db.create({
          collection: collection.slug,
          data: data as Doc,
          req,
          returning: false,
        })
        if (had) relinks.push({ slug: collection.slug, doc })
        documents += 1
      }
      written.add(collection.slug)
    }
    for (const { slug, doc } of relinks) {
      await payload.db.updateOne({
        collection: slug,
        id: doc.id,
        data: doc,
        req,
        returning: false,
      })
    }
    for (const collection of collections) {
      const name = `versions/${collection.slug}.json`
      if (!collection.versions || !entries.has(name)) continue
      // Oldest first: createVersion marks the newest of each document as `latest`. Version
      // rows get new ids; nothing refers to a version by id.
      for (const v of readJsonEntry<VersionDoc[]>(entries, name).sort(byCreated)) {
        await payload.db.createVersion({
          collectionSlug: collection.slug,
          parent: v.parent as number | string,
          versionData: v.version as never,
          autosave: Boolean(v.autosave),
          createdAt: v.createdAt,
          updatedAt: v.updatedAt,
          publishedLocale: v.publishedLocale,
          snapshot: v.snapshot ? true : undefined,
          req,
          returning: false,
        })
        versions += 1
      }
    }
    for (const global of payload.config.globals) {
      const name = `globals/${global.slug}.json`
      if (entries.has(name)) {
        const data = readJsonEntry<Record<string, unknown>>(entries, name)
        const existing = await payload.db.findGlobal({ slug: global.slug, req })
        if (existing && Object.keys(existing).length > 0 && existing.id !== undefined) {
          await payload.db.updateGlobal({ slug: global.slug, data, req, returning: false })
        } else {
          await payload.db.createGlobal({ slug: global.slug, data, req, returning: false })
        }
      }
      const versionsName = `global-versions/${global.slug}.json`
      if (global.versions && entries.has(versionsName)) {
        for (const v of readJsonEntry<VersionDoc[]>(entries, versionsName).sort(byCreated)) {
          await payload.db.createGlobalVersion({
            globalSlug: global.slug,
            versionData: v.version as never,
            autosave: Boolean(v.autosave),
            createdAt: v.createdAt,
            updatedAt: v.updatedAt,
            publishedLocale: v.publishedLocale,
            snapshot: v.snapshot ? true : undefined,
            req,
            returning: false,
          })
          versions += 1
        }
      }
    }
    await resetIdSequences(payload, req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    db.allowIDOnCreate = allowedBefore
  }

  for (const file of files) {
    const collection = collections.find((c) => c.slug === file.collection)!
    const dir = staticDirOf(collection)!
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, file.filename),
      entries.get(`files/${file.collection}/${file.sha256}`)!,
    )
  }
  return { manifest, documents, versions, files: files.length }
}

/**
 * PostgreSQL only: rows inserted with explicit ids do not move the `serial` sequences, so
 * the next document created would collide with a restored id. SQLite's rowids and MongoDB's
 * ObjectIds need nothing. This is the one adapter-specific statement of the restore.
 */
async function resetIdSequences(payload: Payload, req: PayloadRequest): Promise<void> {
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
