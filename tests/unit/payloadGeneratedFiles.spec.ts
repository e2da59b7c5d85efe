// Payload's generated files under src/app/(payload) stay as Payload writes them, except one
// import line that points the API routes and the admin page at Plaza's wrappers. A Payload
// upgrade that regenerates them resets that line: this test then fails and says what to restore.
// (The served responses are covered too: the integration tests route through these files.)
import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const GENERATED = '/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */'

function parse(file: string) {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  return { text, source: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) }
}

/** Imported name → the module it comes from. */
function importsOf(source: ts.SourceFile): Map<string, string> {
  const names = new Map<string, string>()
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue
    const from = (statement.moduleSpecifier as ts.StringLiteral).text
    const bindings = statement.importClause?.namedBindings
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.set(element.name.text, from)
    }
  }
  return names
}

/** `export const NAME = CALLEE(config)` → NAME → CALLEE; anything else in the file is listed. */
function exportedCalls(source: ts.SourceFile) {
  const calls = new Map<string, string>()
  const other: string[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) continue
    const declaration = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations[0]
      : undefined
    const init = declaration?.initializer
    const exported =
      ts.isVariableStatement(statement) &&
      statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (
      exported &&
      declaration &&
      init &&
      ts.isCallExpression(init) &&
      ts.isIdentifier(init.expression) &&
      init.arguments.length === 1 &&
      init.arguments[0]!.getText() === 'config'
    ) {
      calls.set(declaration.name.getText(), init.expression.text)
    } else other.push(statement.getText().split('\n')[0]!)
  }
  return { calls, other }
}

const ROUTES: Array<{ file: string; methods: string[]; wrappers: string }> = [
  {
    file: 'src/app/(payload)/api/[...slug]/route.ts',
    methods: ['GET', 'POST', 'DELETE', 'PATCH', 'PUT', 'OPTIONS'],
    wrappers: '@/lib/http/payloadRoutes',
  },
  {
    file: 'src/app/(payload)/api/graphql/route.ts',
    methods: ['POST', 'OPTIONS'],
    wrappers: '@/lib/http/payloadRoutes',
  },
]

describe("Payload's generated files", () => {
  it.each(ROUTES)(
    '$file: Payload’s shape, handlers from Plaza’s wrappers',
    ({ file, methods, wrappers }) => {
      const { text, source } = parse(file)
      expect(text.startsWith(GENERATED)).toBe(true)
      const imports = importsOf(source)
      const { calls, other } = exportedCalls(source)
      expect(other, 'only imports and `export const X = HANDLER(config)`').toEqual([])
      expect([...calls.keys()].sort()).toEqual([...methods].sort())
      const misrouted = [...calls].filter(([, callee]) => imports.get(callee) !== wrappers)
      expect(
        misrouted.map(([method, callee]) => `${method} = ${callee} from '${imports.get(callee)}'`),
        `a regenerated file imports Payload's handlers directly: import them from '${wrappers}'`,
      ).toEqual([])
    },
  )

  it("the admin page renders Plaza's RootPage (the database-down page)", () => {
    const { text, source } = parse('src/app/(payload)/admin/[[...segments]]/page.tsx')
    expect(text.startsWith(GENERATED)).toBe(true)
    expect(importsOf(source).get('RootPage')).toBe('@/components/admin/payloadViews')
  })

  it('the other generated files carry Payload’s header and no Plaza code', () => {
    for (const file of [
      'src/app/(payload)/layout.tsx',
      'src/app/(payload)/admin/[[...segments]]/not-found.tsx',
      'src/app/(payload)/api/graphql-playground/route.ts',
    ]) {
      const { text, source } = parse(file)
      expect(text.startsWith(GENERATED), file).toBe(true)
      const plaza = [...importsOf(source).values()].filter((from) => from.startsWith('@/'))
      expect(plaza, file).toEqual([])
    }
  })

  it("Plaza's wrappers wrap every method Payload's routes export", () => {
    const { source } = parse('src/lib/http/payloadRoutes.ts')
    const exported = new Set<string>()
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const d of statement.declarationList.declarations) exported.add(d.name.getText())
      }
      if (
        ts.isExportDeclaration(statement) &&
        statement.exportClause &&
        ts.isNamedExports(statement.exportClause)
      ) {
        for (const e of statement.exportClause.elements) exported.add(e.name.text)
      }
    }
    for (const name of [
      'REST_GET',
      'REST_POST',
      'REST_DELETE',
      'REST_PATCH',
      'REST_PUT',
      'REST_OPTIONS',
      'GRAPHQL_POST',
    ]) {
      expect(exported.has(name), name).toBe(true)
    }
  })
})
