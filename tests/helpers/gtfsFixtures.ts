// GTFS feeds for tests: the real Caltrain zip, and the hand-made feeds in
// tests/fixtures/gtfs/<name>/ zipped on the fly (kept unzipped so a reader can see them).
import fs from 'node:fs'
import path from 'node:path'

import { zipSync } from 'fflate'

import { sharedDataPath } from '@/lib/config/sharedData'

const root = path.resolve(import.meta.dirname, '..', '..')

export const CALTRAIN_ZIP = sharedDataPath('gtfs', 'caltrain_20160406.zip')

export function caltrainZip(): Uint8Array {
  return fs.readFileSync(CALTRAIN_ZIP)
}

export function fixtureZip(name: string): Uint8Array {
  const dir = path.join(root, 'tests', 'fixtures', 'gtfs', name)
  const files: Record<string, Uint8Array> = {}
  for (const file of fs.readdirSync(dir)) files[file] = fs.readFileSync(path.join(dir, file))
  return zipSync(files)
}
