// The import rules of docs/ARCHITECTURE.md, checked on every module: domain code in src/lib
// stands without the app and the collections, and no module reaches into a Next route file.
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

function walk(rel: string, out: string[] = []): string[] {
  const full = path.join(root, rel)
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    const child = path.posix.join(rel, entry.name)
    if (entry.isDirectory()) walk(child, out)
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name)) out.push(child)
  }
  return out
}

/** Every module specifier a file names: static imports, re-exports and import(). */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The repository path a specifier points at, or null for a package. */
function resolve(from: string, specifier: string): string | null {
  if (specifier === '@payload-config') return 'payload.config.ts'
  if (specifier.startsWith('@/')) return path.posix.join('src', specifier.slice(2))
  if (specifier.startsWith('@collections/')) {
    return path.posix.join('collections', specifier.slice('@collections/'.length))
  }
  if (specifier.startsWith('.')) return path.posix.join(path.posix.dirname(from), specifier)
  return null
}

type Edge = { from: string; to: string; specifier: string }

const files = [...walk('src'), ...walk('collections'), 'payload.config.ts']
const edges: Edge[] = files.flatMap((from) =>
  specifiers(from).flatMap((specifier) => {
    const to = resolve(from, specifier)
    return to ? [{ from, to, specifier }] : []
  }),
)
const packageImports = files.flatMap((from) =>
  specifiers(from)
    .filter((specifier) => resolve(from, specifier) === null)
    .map((specifier) => ({ from, specifier })),
)

const ROUTE_FILE = /(^|\/)(page|layout|route|not-found|error|loading|template|default)(\.[a-z]+)?$/
const under = (p: string, folder: string) => p === folder || p.startsWith(folder + '/')
const show = (list: { from: string; specifier: string }[]) =>
  list.map((e) => `${e.from} imports '${e.specifier}'`)

/**
 * Modules of src/lib that may import React or Next although they are not a concept's read.ts,
 * each with its reason. Keep it short: a new cached reader goes in its concept's read.ts.
 */
const FRAMEWORK_ALLOWED: Record<string, string> = {
  'src/lib/content/payload.ts':
    "the one Payload client and draft-mode access every reader shares (React's cache, next/headers)",
  'src/lib/revalidation/revalidate.ts': "the one place a publish calls Next's revalidatePath",
  'src/lib/cluster/sharedCacheHandler.mjs':
    "a Next.js cache handler: it extends Next's own file-system cache, loaded by next.config.mjs",
}

/** A concept's reader: `src/lib/<concept>/read.ts`, one level deep, nowhere else. */
const CONCEPT_READER = /^src\/lib\/[a-z][a-zA-Z0-9-]*\/read\.ts$/
const FRAMEWORK = /^(react|react-dom|next|@next)(\/|$)/

describe('import rules (docs/ARCHITECTURE.md)', () => {
  it('reads the imports it judges', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(edges.some((e) => e.from === 'payload.config.ts' && under(e.to, 'collections'))).toBe(
      true,
    )
  })

  it('src/lib never imports src/app', () => {
    const bad = edges.filter((e) => under(e.from, 'src/lib') && under(e.to, 'src/app'))
    expect(show(bad)).toEqual([])
  })

  it('src/lib never imports collections/ or payload.config.ts for its collections', () => {
    const bad = edges.filter((e) => under(e.from, 'src/lib') && under(e.to, 'collections'))
    expect(show(bad)).toEqual([])
  })

  it('collections/ and src/components never import src/app', () => {
    const bad = edges.filter(
      (e) =>
        (under(e.from, 'collections') || under(e.from, 'src/components')) && under(e.to, 'src/app'),
    )
    expect(show(bad)).toEqual([])
  })

  it('no module imports a page, layout or route file (no page → page)', () => {
    const bad = edges.filter((e) => under(e.to, 'src/app') && ROUTE_FILE.test(e.to))
    expect(show(bad)).toEqual([])
  })

  it("in src/lib only a concept's read.ts (and the listed modules) import React or Next", () => {
    const bad = packageImports.filter(
      (e) =>
        under(e.from, 'src/lib') &&
        FRAMEWORK.test(e.specifier) &&
        !CONCEPT_READER.test(e.from) &&
        !(e.from in FRAMEWORK_ALLOWED),
    )
    expect(show(bad)).toEqual([])
  })

  it('the rule tells a concept reader from any other module', () => {
    expect(CONCEPT_READER.test('src/lib/services/read.ts')).toBe(true)
    expect(CONCEPT_READER.test('src/lib/services/reader.ts')).toBe(false)
    expect(CONCEPT_READER.test('src/lib/transit/gtfs/read.ts')).toBe(false)
    expect(CONCEPT_READER.test('src/lib/read.ts')).toBe(false)
    expect(FRAMEWORK.test('next/cache')).toBe(true)
    expect(FRAMEWORK.test('react')).toBe(true)
    expect(FRAMEWORK.test('nextjs-like-package')).toBe(false)
  })

  it('the allowlist names only files that exist and still need it', () => {
    const stale = Object.keys(FRAMEWORK_ALLOWED).filter(
      (file) =>
        !fs.existsSync(path.join(root, file)) ||
        CONCEPT_READER.test(file) ||
        !specifiers(file).some((s) => FRAMEWORK.test(s)),
    )
    expect(stale).toEqual([])
  })
})
