// docs/SECURITY.md: a public page's data fetch that fails must throw, so Next.js keeps
// the page it has (or answers an error) instead of caching an empty list. The content
// helpers therefore never catch their database errors; this keeps it so. The few reads that
// pages rendered per request share (site settings, navigation, banner, topics) go through
// src/lib/resilience/lastGood.ts: the last value read, never an invented empty one, and
// the error itself when there is none (tests/unit/lastGood.spec.ts).
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const lib = path.resolve(import.meta.dirname, '../../src/lib')

// The shared modules of src/lib/content, every concept's cached readers (read.ts) and the
// few readers beside them.
const files = [
  ...fs
    .readdirSync(path.join(lib, 'content'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `content/${f}`),
  ...fs
    .readdirSync(lib, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(lib, entry.name, 'read.ts')))
    .map((entry) => `${entry.name}/read.ts`),
  'procedures/startOnline.ts',
  'resilience/sharedPromises.ts',
]

describe('public content helpers', () => {
  it('exist', () => {
    expect(files).toEqual(
      expect.arrayContaining(['content/payload.ts', 'services/read.ts', 'procedures/read.ts']),
    )
    expect(files.length).toBeGreaterThan(10)
  })

  it.each(files)('%s lets database errors propagate (no catch)', (file) => {
    const code = fs
      .readFileSync(path.join(lib, file), 'utf8')
      .replace(/\/\/.*$/gm, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
    // The one allowed catch: the shared-promise cache forgets a failed read (so the next
    // caller retries) while every caller still receives the rejection.
    const allowed = code.replace(
      /value\.catch\(\(\) => \{\s*if \(read\(key\)\?\.value === value\) forget\(key\)\s*\}\)/,
      '',
    )
    expect(allowed).not.toMatch(/\bcatch\s*[({]|\.catch\(/)
  })
})
