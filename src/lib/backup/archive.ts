// The backup format: a zip with a manifest of SHA-256s, HMAC-signed with PAYLOAD_SECRET so a
// hand-edited file is refused, not only a damaged one.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { unzipSync, zipSync, type Zippable } from 'fflate'

export const BACKUP_FORMAT = 'plaza-backup'
export const BACKUP_FORMAT_VERSION = 1
export const MANIFEST_NAME = 'manifest.json'

/** Entry names a backup may contain: no absolute paths, no `..`, no odd characters. */
const SAFE_ENTRY = /^(?:[a-z0-9-]+\/)+[A-Za-z0-9._-]+$/

export interface ManifestEntry {
  sha256: string
  bytes: number
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  createdAt: string
  /** The migrations the source database had run: the target must have run the same. */
  migrations: string[]
  adapter: string
  /** Whether users' password hashes are inside (then the file is as sensitive as the DB). */
  passwordHashes: boolean
  counts: {
    documents: Record<string, number>
    versions: Record<string, number>
    globals: string[]
    globalVersions: Record<string, number>
    files: Record<string, number>
  }
  entries: Record<string, ManifestEntry>
  /** HMAC-SHA256 (hex) of the manifest without this field, keyed by PAYLOAD_SECRET. */
  signature?: string
}

export class BackupArchiveError extends Error {
  override name = 'BackupArchiveError'
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function sign(manifest: Omit<BackupManifest, 'signature'>, secret: string): string {
  return createHmac('sha256', secret).update(JSON.stringify(manifest)).digest('hex')
}

export function isSafeEntryName(name: string): boolean {
  return SAFE_ENTRY.test(name) && !name.split('/').some((part) => part === '..' || part === '.')
}

/** Zips the entries with a signed manifest listing each one's checksum. */
export function writeArchive(
  entries: Map<string, Uint8Array>,
  manifest: Omit<BackupManifest, 'entries' | 'signature'>,
  secret: string,
): Uint8Array {
  const listed: Record<string, ManifestEntry> = {}
  const zippable: Zippable = {}
  for (const [name, data] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    if (!isSafeEntryName(name)) throw new BackupArchiveError(`Refusing entry name "${name}".`)
    listed[name] = { sha256: sha256(data), bytes: data.length }
    zippable[name] = data
  }
  const unsigned = { ...manifest, entries: listed }
  const full: BackupManifest = { ...unsigned, signature: sign(unsigned, secret) }
  zippable[MANIFEST_NAME] = new TextEncoder().encode(JSON.stringify(full, null, 2))
  // Level 6: JSON compresses well; files already compressed (images, zips) cost little.
  return zipSync(zippable, { level: 6 })
}

export interface OpenedArchive {
  manifest: BackupManifest
  entries: Map<string, Uint8Array>
}

export interface OpenArchiveOptions {
  secret: string
  /** Accept a manifest signed with another PAYLOAD_SECRET (checksums are still checked). */
  ignoreSignature?: boolean
}

/**
 * Unzips and checks everything before anything is written: the manifest's format and
 * signature, every entry's name, size and checksum, and that nothing is missing or extra.
 */
export function openArchive(data: Uint8Array, options: OpenArchiveOptions): OpenedArchive {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(data)
  } catch (error) {
    throw new BackupArchiveError(
      `The file is not a readable backup archive (${(error as Error).message}).`,
    )
  }
  const rawManifest = files[MANIFEST_NAME]
  if (!rawManifest) throw new BackupArchiveError('The archive has no manifest.json.')
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(new TextDecoder().decode(rawManifest)) as BackupManifest
  } catch {
    throw new BackupArchiveError('The archive’s manifest.json is not valid JSON.')
  }
  if (manifest?.format !== BACKUP_FORMAT || typeof manifest.entries !== 'object') {
    throw new BackupArchiveError('The archive is not a Plaza backup.')
  }
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupArchiveError(
      `The backup has format version ${manifest.formatVersion}; this Plaza reads version ${BACKUP_FORMAT_VERSION}.`,
    )
  }
  const { signature, ...unsigned } = manifest
  if (!options.ignoreSignature) {
    const expected = Buffer.from(sign(unsigned, options.secret), 'hex')
    const given = Buffer.from(typeof signature === 'string' ? signature : '', 'hex')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new BackupArchiveError(
        'The backup’s signature does not match: it was altered, or written with another PAYLOAD_SECRET (restore with --ignore-signature only if you trust the file).',
      )
    }
  }
  const entries = new Map<string, Uint8Array>()
  for (const [name, expected] of Object.entries(manifest.entries)) {
    if (!isSafeEntryName(name)) throw new BackupArchiveError(`Refusing entry name "${name}".`)
    const content = files[name]
    if (!content) throw new BackupArchiveError(`The archive lacks ${name}, listed in its manifest.`)
    if (content.length !== expected.bytes || sha256(content) !== expected.sha256) {
      throw new BackupArchiveError(`${name} does not match its checksum: the archive is damaged.`)
    }
    entries.set(name, content)
  }
  const extra = Object.keys(files).filter(
    (name) => name !== MANIFEST_NAME && !(name in manifest.entries) && !name.endsWith('/'),
  )
  if (extra.length > 0) {
    throw new BackupArchiveError(`The archive holds files its manifest does not list: ${extra[0]}.`)
  }
  return { manifest, entries }
}

export function jsonEntry(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value))
}

export function readJsonEntry<T>(entries: Map<string, Uint8Array>, name: string): T {
  const data = entries.get(name)
  if (!data) throw new BackupArchiveError(`The archive lacks ${name}.`)
  return JSON.parse(new TextDecoder().decode(data)) as T
}
