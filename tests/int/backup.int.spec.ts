// `npm run backup` / `npm run restore` (docs/SECURITY.md "nothing is lost"): the demo city, plus
// an uploaded image, goes through a backup file into a fresh database (SQLite, or a fresh
// PostgreSQL database with PLAZA_TEST_POSTGRES_URL) and comes back the same: documents,
// ids, versions, globals, media files and the transit timetable.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { BackupArchiveError, openArchive } from '@/lib/backup/archive'
import {
  exportCity,
  restoreCity,
  RestoreRefusedError,
  SKIPPED_GLOBALS,
} from '@/lib/backup/cityBackup'
import { seedDemoCity } from '@/lib/seed/seedDemoCity'
import { forgetActiveTimetable, loadActiveTimetable } from '@/lib/transit/storage'
import { unzipSync, zipSync } from 'fflate'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const SECRET = 'vitest-secret-0123456789abcdef'
const NOW = new Date('2026-03-27T10:00:00Z')

let source: TestPayload
let target: TestPayload
let archive: Uint8Array
let sourceState: CityState

interface CityState {
  documents: Record<string, (number | string)[]>
  versions: Record<string, number>
  globals: Record<string, unknown>
  files: Record<string, string>
  departures: string
  userHashes: Record<string, string>
}

const sha = (file: string) =>
  import('node:crypto').then(({ createHash }) =>
    createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
  )

async function cityState(payload: Payload, dir: string): Promise<CityState> {
  const documents: CityState['documents'] = {}
  const versions: CityState['versions'] = {}
  for (const collection of payload.config.collections) {
    if (['payload-migrations', 'payload-locked-documents'].includes(collection.slug)) continue
    const { docs } = await payload.db.find<{ id: number | string }>({
      collection: collection.slug,
      limit: 0,
      pagination: false,
      locale: 'all',
      sort: 'id',
    })
    documents[collection.slug] = docs.map((d) => d.id).sort()
    if (collection.versions) {
      versions[collection.slug] = (
        await payload.db.findVersions({ collection: collection.slug, limit: 0, pagination: false })
      ).totalDocs
    }
  }
  const globals: CityState['globals'] = {}
  for (const global of payload.config.globals) {
    if (SKIPPED_GLOBALS.has(global.slug)) continue
    const {
      updatedAt: _u,
      createdAt: _c,
      ...data
    } = await payload.findGlobal({
      slug: global.slug,
      locale: 'all',
      depth: 0,
    })
    globals[global.slug] = data
  }
  const files: CityState['files'] = {}
  // Public media, and the staff-only uploads kept beside it (transit feeds).
  for (const folder of ['media', 'private']) {
    const root = path.join(dir, folder)
    if (!fs.existsSync(root)) continue
    for (const name of fs.readdirSync(root, { recursive: true }) as string[]) {
      const full = path.join(root, name)
      if (fs.statSync(full).isFile()) files[`${folder}/${name}`] = await sha(full)
    }
  }
  forgetActiveTimetable()
  const active = await loadActiveTimetable(payload)
  const index = active!.index
  // The first stop with departures on a date of the feed (the demo feed's validity start).
  const date = index.validity!.start
  let departures = ''
  for (const line of index.lines()) {
    for (const itinerary of index.itineraries(line.routeId) ?? []) {
      for (const { stopId } of itinerary.stops) {
        const timetable = index.timetableFor(stopId, date)
        if (!departures && timetable && timetable.length > 0) {
          departures = JSON.stringify({ stopId, date, timetable })
        }
      }
    }
  }
  forgetActiveTimetable()
  const users = await payload.db.find<{ email: string; hash?: string }>({
    collection: 'users',
    limit: 0,
    pagination: false,
    sort: 'id',
  })
  const userHashes = Object.fromEntries(users.docs.map((u) => [u.email, u.hash ?? '']))
  return { documents, versions, globals, files, departures, userHashes }
}

beforeAll(async () => {
  source = await startTestPayload()
  await seedDemoCity(source.payload, {
    now: NOW,
    demoPassword: 'demo-pass-0123456789',
    loginsFile: null,
  })
  // An uploaded image with its generated sizes, and a draft on top of a published page.
  const png = await sharp({
    create: { width: 800, height: 500, channels: 3, background: { r: 30, g: 120, b: 200 } },
  })
    .png()
    .toBuffer()
  const media = await source.payload.create({
    collection: 'media',
    data: { alt: 'Harbour' },
    file: { data: png, mimetype: 'image/png', name: 'harbour.png', size: png.length },
  })
  const page = (await source.payload.find({ collection: 'pages', limit: 1, depth: 0 })).docs[0]
  await source.payload.update({
    collection: 'pages',
    id: page.id,
    data: { title: 'A draft title', _status: 'draft' },
    draft: true,
    context: { disableRevalidate: true },
  })
  await source.payload.updateGlobal({
    slug: 'site-settings',
    data: { logo: media.id },
    context: { disableRevalidate: true },
  })
  sourceState = await cityState(source.payload, source.dir)
  archive = (await exportCity(source.payload, { secret: SECRET })).archive
  // A second Payload instance on its own fresh database: the config module reads
  // DATABASE_URI when imported, so it is imported anew.
  vi.resetModules()
  target = await startTestPayload()
}, 600_000)

afterAll(async () => {
  await target?.cleanup()
  await source?.cleanup()
})

// Each test writes or compares a whole city: minutes on a loaded machine, not 60 s.
const CITY_TIMEOUT = 600_000

describe('backup and restore', () => {
  it(
    'refuses a damaged, truncated, foreign or tampered archive and writes nothing',
    async () => {
      const { payload } = target
      const before = (await payload.count({ collection: 'services' })).totalDocs
      const truncated = archive.slice(0, Math.floor(archive.length / 2))
      await expect(restoreCity(payload, truncated, { secret: SECRET })).rejects.toThrow(
        BackupArchiveError,
      )
      await expect(
        restoreCity(payload, new TextEncoder().encode('not a zip'), { secret: SECRET }),
      ).rejects.toThrow(/not a readable backup/)
      // One entry changed, manifest left alone: the checksum catches it.
      const files = unzipSync(archive)
      files['collections/services.json'] = new TextEncoder().encode('[]')
      await expect(restoreCity(payload, zipSync(files), { secret: SECRET })).rejects.toThrow(
        /does not match its checksum/,
      )
      // Entry and manifest rewritten together: the signature catches it.
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']))
      const { createHash } = await import('node:crypto')
      manifest.entries['collections/services.json'] = {
        sha256: createHash('sha256').update(files['collections/services.json']).digest('hex'),
        bytes: 2,
      }
      files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest))
      await expect(restoreCity(payload, zipSync(files), { secret: SECRET })).rejects.toThrow(
        /signature does not match/,
      )
      // Written with another PAYLOAD_SECRET.
      await expect(
        restoreCity(payload, archive, { secret: 'another-secret-0123456789' }),
      ).rejects.toThrow(/signature does not match/)
      expect((await payload.count({ collection: 'services' })).totalDocs).toBe(before)
      expect(before).toBe(0)
    },
    CITY_TIMEOUT,
  )

  it(
    'lists every collection, version set, global and file in a signed manifest',
    () => {
      const { manifest } = openArchive(archive, { secret: SECRET })
      expect(manifest.counts.documents.services).toBe(sourceState.documents.services.length)
      expect(manifest.counts.files.media).toBeGreaterThanOrEqual(3)
      expect(manifest.counts.files['transit-feeds']).toBeGreaterThanOrEqual(1)
      expect(manifest.passwordHashes).toBe(true)
      expect(manifest.counts.globals).toContain('transit-settings')
    },
    CITY_TIMEOUT,
  )

  it(
    'restores the city into an empty database with the same ids, versions, globals, files and timetable',
    async () => {
      const result = await restoreCity(target.payload, archive, { secret: SECRET })
      expect(result.documents).toBeGreaterThan(100)
      const restored = await cityState(target.payload, target.dir)
      expect(restored.documents).toEqual(sourceState.documents)
      expect(restored.versions).toEqual(sourceState.versions)
      expect(restored.globals).toEqual(sourceState.globals)
      expect(restored.files).toEqual(sourceState.files)
      expect(Object.keys(restored.files).length).toBeGreaterThanOrEqual(4)
      expect(restored.departures).toEqual(sourceState.departures)
      expect(JSON.parse(restored.departures).timetable.length).toBeGreaterThan(0)
      expect(restored.userHashes).toEqual(sourceState.userHashes)
    },
    CITY_TIMEOUT,
  )

  it(
    'keeps drafts, relationships and logins working after the restore',
    async () => {
      const { payload } = target
      const page = (await source.payload.find({ collection: 'pages', limit: 1, depth: 0 })).docs[0]
      const draft = await payload.findByID({ collection: 'pages', id: page.id, draft: true })
      expect(draft.title).toBe('A draft title')
      const published = await payload.findByID({ collection: 'pages', id: page.id })
      expect(published.title).toBe(page.title)
      const procedure = (
        await source.payload.find({
          collection: 'procedures',
          where: { topics: { exists: true } },
          limit: 1,
          depth: 0,
        })
      ).docs[0]
      const copy = await payload.findByID({ collection: 'procedures', id: procedure.id, depth: 0 })
      expect(copy.topics).toEqual(procedure.topics)
      const login = await payload.login({
        collection: 'users',
        data: { email: 'editor@plaza.example', password: 'demo-pass-0123456789' },
      })
      expect(login.user?.email).toBe('editor@plaza.example')
      // New documents get fresh ids after the restored ones (PostgreSQL sequences moved on).
      const created = await payload.create({
        collection: 'topics',
        data: { title: 'After restore', slug: 'after-restore', _status: 'published' },
        context: { disableRevalidate: true },
      })
      expect(sourceState.documents.topics).not.toContain(created.id)
    },
    CITY_TIMEOUT,
  )

  it(
    'refuses a database that has content, unless forced',
    async () => {
      await expect(restoreCity(target.payload, archive, { secret: SECRET })).rejects.toThrow(
        RestoreRefusedError,
      )
      await restoreCity(target.payload, archive, { secret: SECRET, force: true })
      const again = await cityState(target.payload, target.dir)
      expect(again.documents).toEqual(sourceState.documents)
      expect(again.versions).toEqual(sourceState.versions)
    },
    CITY_TIMEOUT,
  )
})
