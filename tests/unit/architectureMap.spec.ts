// docs/ARCHITECTURE.md is the map a newcomer reads first: every concept folder of src/lib
// must be on it, so a new folder cannot be added without saying where it fits.
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

describe('docs/ARCHITECTURE.md', () => {
  it('names every folder of src/lib in its map', () => {
    const map = fs.readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8')
    const folders = fs
      .readdirSync(path.join(root, 'src/lib'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.length).toBeGreaterThan(10)
    const unnamed = folders.filter(
      (name) => !map.includes(`\`${name}/`) && !map.includes(`src/lib/${name}/`),
    )
    expect(unnamed).toEqual([])
  })
})
