// Restore of a whole city into a migrated database: checked first, written in one transaction
// with the same ids, timestamps and versions as stored (docs/decisions/0007).
import fs from 'node:fs'
import path from 'node:path'

import {
  createLocalReq,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
} from 'payload'

import { BackupArchiveError, openArchive, readJsonEntry, type BackupManifest } from './archive'
import { resetIdSequences } from './idSequences'
import {
  backedUpCollections,
  byCreated,
  isPlainFileName,
  migrationNames,
  staticDirOf,
  type Doc,
  type FileRecord,
  type VersionDoc,
} from './scope'
import { withoutRelations, writeOrder } from './writeOrder'

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

type Entries = Map<string, Uint8Array>
type Collections = SanitizedCollectionConfig[]

/**
 * Restores an archive into a migrated, empty database, all checked first; writes happen in one
 * transaction so a failure leaves the database as it was. Files follow the commit.
 */
export async function restoreCity(
  payload: Payload,
  archiveData: Uint8Array,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const { manifest, entries } = openArchive(archiveData, options)
  const files = readJsonEntry<FileRecord[]>(entries, 'files/index.json')
  const collections = backedUpCollections(payload)
  checkArchive(manifest, entries, files, collections)
  const req = await createLocalReq({}, payload)
  await checkTarget(payload, req, manifest, options)

  const transactionID = await payload.db.beginTransaction()
  if (transactionID) req.transactionID = transactionID
  // Keeping ids needs `allowIDOnCreate`, off for the running site (a request could choose ids);
  // only this restore process turns it on.
  const db = payload.db as typeof payload.db & { allowIDOnCreate?: boolean }
  const allowedBefore = db.allowIDOnCreate
  db.allowIDOnCreate = true
  let documents = 0
  let versions = 0
  try {
    if (options.force) await emptyCollections(payload, req, collections)
    documents = await writeDocuments(payload, req, entries, collections)
    versions = await writeVersions(payload, req, entries, collections)
    versions += await writeGlobals(payload, req, entries)
    await resetIdSequences(payload, req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  } finally {
    db.allowIDOnCreate = allowedBefore
  }
  writeFiles(entries, files, collections)
  return { manifest, documents, versions, files: files.length }
}

/** The archive names only collections and files this Plaza has, and holds every file. */
function checkArchive(
  manifest: BackupManifest,
  entries: Entries,
  files: FileRecord[],
  collections: Collections,
): void {
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
}

/** The database has the backup's schema, and is empty unless `force` says to replace it. */
async function checkTarget(
  payload: Payload,
  req: PayloadRequest,
  manifest: BackupManifest,
  options: RestoreOptions,
): Promise<void> {
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
}

async function contentCounts(payload: Payload, req: PayloadRequest): Promise<string[]> {
  const nonEmpty: string[] = []
  for (const collection of backedUpCollections(payload)) {
    const { totalDocs } = await payload.db.count({ collection: collection.slug, req })
    if (totalDocs > 0) nonEmpty.push(`${collection.slug} (${totalDocs})`)
  }
  return nonEmpty
}

async function emptyCollections(payload: Payload, req: PayloadRequest, collections: Collections) {
  // Referring documents first, so no required relationship is left pointing nowhere.
  for (const collection of writeOrder(collections).reverse()) {
    if (collection.versions) {
      await payload.db.deleteVersions({ collection: collection.slug, where: {}, req })
    }
    await payload.db.deleteMany({ collection: collection.slug, where: {}, req })
  }
}

/** Pass 1: every document without its relationships; pass 2: put them back. */
async function writeDocuments(
  payload: Payload,
  req: PayloadRequest,
  entries: Entries,
  collections: Collections,
): Promise<number> {
  let documents = 0
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
    await payload.db.updateOne({ collection: slug, id: doc.id, data: doc, req, returning: false })
  }
  return documents
}

async function writeVersions(
  payload: Payload,
  req: PayloadRequest,
  entries: Entries,
  collections: Collections,
): Promise<number> {
  let versions = 0
  for (const collection of collections) {
    const name = `versions/${collection.slug}.json`
    if (!collection.versions || !entries.has(name)) continue
    // Oldest first: createVersion marks the newest of each document as `latest`. Version
    // rows get new ids; nothing refers to a version by id.
    for (const v of readJsonEntry<VersionDoc[]>(entries, name).sort(byCreated)) {
      await payload.db.createVersion({
        collectionSlug: collection.slug,
        parent: v.parent as number | string,
        ...versionArgs(v, req),
      })
      versions += 1
    }
  }
  return versions
}

/** A stored version as createVersion and createGlobalVersion both take it back. */
function versionArgs(v: VersionDoc, req: PayloadRequest) {
  return {
    versionData: v.version as never,
    autosave: Boolean(v.autosave),
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    publishedLocale: v.publishedLocale,
    snapshot: v.snapshot ? (true as const) : undefined,
    req,
    returning: false as const,
  }
}

/** The globals and their versions; returns how many versions were written. */
async function writeGlobals(
  payload: Payload,
  req: PayloadRequest,
  entries: Entries,
): Promise<number> {
  let versions = 0
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
    if (!global.versions || !entries.has(versionsName)) continue
    for (const v of readJsonEntry<VersionDoc[]>(entries, versionsName).sort(byCreated)) {
      await payload.db.createGlobalVersion({
        globalSlug: global.slug,
        ...versionArgs(v, req),
      })
      versions += 1
    }
  }
  return versions
}

function writeFiles(entries: Entries, files: FileRecord[], collections: Collections): void {
  for (const file of files) {
    const collection = collections.find((c) => c.slug === file.collection)!
    const dir = staticDirOf(collection)!
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(
      path.join(dir, file.filename),
      entries.get(`files/${file.collection}/${file.sha256}`)!,
    )
  }
}
