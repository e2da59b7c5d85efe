import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

// The Algolia admin key must never reach a browser. Next.js only inlines NEXT_PUBLIC_*
// variables into client bundles, and only modules reachable from a 'use client' file are
// bundled for the browser: so no client module may import the search backends or read the
// Algolia variables.
const SRC = path.resolve(__dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(tsx?|mjs|js)$/.test(entry.name) ? [full] : []
  })
}

describe('search keys stay on the server', () => {
  const files = sourceFiles(SRC)
  const clientFiles = files.filter((file) =>
    /^\s*['"]use client['"]/m.test(fs.readFileSync(file, 'utf8')),
  )

  it('finds the client modules to check', () => {
    expect(clientFiles.length).toBeGreaterThan(0)
  })

  it.each(clientFiles.map((file) => [path.relative(SRC, file), file]))(
    '%s imports no search backend and reads no Algolia variable',
    (_name, file) => {
      const text = fs.readFileSync(file, 'utf8')
      expect(text).not.toMatch(/from ['"]@\/lib\/search\/(?!types['"])/)
      expect(text).not.toMatch(/ALGOLIA_/)
    },
  )

  it('no variable holding an Algolia key is public', () => {
    for (const file of files)
      expect(fs.readFileSync(file, 'utf8')).not.toMatch(/NEXT_PUBLIC_ALGOLIA/)
  })
})
