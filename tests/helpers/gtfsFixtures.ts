// GTFS feeds for tests: the real Caltrain zip (tests/fixtures/gtfs/README.md), and the
// hand-made feeds in tests/fixtures/gtfs/<name>/ zipped on the fly (kept unzipped so a
// reader can see them).
import fs from 'node:fs'
import path from 'node:path'

import { zipSync } from 'fflate'

const root = path.resolve(import.meta.dirname, '..', '..')

export const CALTRAIN_ZIP = path.join(root, 'tests', 'fixtures', 'gtfs', 'caltrain_20160406.zip')

export function caltrainZip(): Uint8Array {
  return fs.readFileSync(CALTRAIN_ZIP)
}

export function fixtureZip(name: string): Uint8Array {
  const dir = path.join(root, 'tests', 'fixtures', 'gtfs', name)
  const files: Record<string, Uint8Array> = {}
  for (const file of fs.readdirSync(dir)) files[file] = fs.readFileSync(path.join(dir, file))
  return zipSync(files)
}

/** Rewrites the uncompressed size a zip declares for its entries (local + central headers). */
export function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice()
  const view = new DataView(copy.buffer)
  for (let i = 0; i < copy.length - 4; i++) {
    const signature = view.getUint32(i, true)
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true)
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true)
  }
  return copy
}

/** The real feeds in tests/fixtures/gtfs-real/<name>/ (each with a NOTICE naming its source). */
export const REAL_FEEDS = fs
  .readdirSync(path.join(root, 'tests', 'fixtures', 'gtfs-real'))
  .filter((name) =>
    fs.statSync(path.join(root, 'tests', 'fixtures', 'gtfs-real', name)).isDirectory(),
  )
  .sort()

/** A real feed's GTFS files by name (its NOTICE left aside). */
export function realFeedFiles(name: string): Record<string, Uint8Array> {
  const dir = path.join(root, 'tests', 'fixtures', 'gtfs-real', name)
  const files: Record<string, Uint8Array> = {}
  for (const file of fs.readdirSync(dir))
    if (file.endsWith('.txt')) files[file] = fs.readFileSync(path.join(dir, file))
  return files
}
