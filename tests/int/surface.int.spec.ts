// docs/SECURITY.md: every collection and global states its access (no Payload
// default "any logged-in user" left), no upload collection fetches URLs, and GraphQL (over
// real HTTP) is limited in depth and complexity and has no introspection in production.
import type { SanitizedConfig } from 'payload'
import { collectionDefaults } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GRAPHQL_MAX_DEPTH } from '../../src/lib/http/graphqlDepth'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type RouteServer,
} from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let config: SanitizedConfig
let server: RouteServer

beforeAll(async () => {
  ctx = await startTestPayload()
  config = ctx.payload.config
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

const defaultAccessFns = new Set<unknown>(Object.values(collectionDefaults.access ?? {}))

// Payload's own collections keep Payload's access, for these reasons:
const PAYLOAD_INTERNAL_DEFAULTS = [
  // Document locks in the admin: every staff user reads them (only staff have accounts);
  // taking, releasing and reassigning one have their own rules (docs/SECURITY.md).
  'payload-locked-documents.read',
  // Admin preferences: created for the signed-in user; read/update/delete are per user.
  'payload-preferences.create',
  // Migration records: no REST or GraphQL endpoints at all (checked below); Local API only.
  'payload-migrations.create',
  'payload-migrations.read',
  'payload-migrations.update',
  'payload-migrations.delete',
]

function implicitOps(
  entries: Array<{ slug: string; access?: object; auth?: unknown; versions?: unknown }>,
  baseOps: string[],
): string[] {
  const implicit: string[] = []
  for (const entry of entries) {
    const ops = [...baseOps]
    if (entry.auth) ops.push('unlock')
    if (entry.versions) ops.push('readVersions')
    for (const op of ops) {
      const fn = (entry.access as Record<string, unknown> | undefined)?.[op]
      if (typeof fn !== 'function' || defaultAccessFns.has(fn)) implicit.push(`${entry.slug}.${op}`)
    }
  }
  return implicit
}

describe('access is explicit (line 1)', () => {
  it('every collection states create/read/update/delete, unlock when it has logins, readVersions when versioned', () => {
    expect(
      implicitOps(config.collections as never, ['create', 'read', 'update', 'delete']),
    ).toEqual(PAYLOAD_INTERNAL_DEFAULTS)
  })

  it('every global states read/update, readVersions when versioned', () => {
    expect(implicitOps(config.globals as never, ['read', 'update'])).toEqual([])
  })

  it('Payload migration records have no HTTP endpoints', async () => {
    const rest = await httpRequest(`${server.origin}/api/payload-migrations`)
    expect(rest.status).toBe(501) // Payload's "Cannot GET": no route at all
    expect(rest.text).not.toMatch(/docs|batch/)
  })
})

describe('upload from URL (line 12)', () => {
  it('is off on every upload collection', () => {
    const uploads = config.collections.filter((c) => c.upload)
    expect(uploads.map((c) => c.slug).sort()).toEqual(['media', 'transit-feeds'])
    for (const collection of uploads) {
      expect((collection.upload as { pasteURL?: unknown }).pasteURL, collection.slug).toBe(false)
    }
  })
})

describe('GraphQL limits (line 15)', () => {
  const graphql = (query: string) =>
    httpRequest(`${server.origin}/api/graphql`, { method: 'POST', body: { query } })
  // Validation errors come back as a bare array of errors (HTTP 400), execution errors in
  // `{ errors }`; either way nothing is executed when there are errors.
  async function errorsOf(query: string): Promise<string[]> {
    const body = (await graphql(query)).json()
    const errors = (Array.isArray(body) ? body : (body.errors ?? [])) as Array<{ message: string }>
    return errors.map((e) => e.message)
  }

  /** `Procedures { docs { relatedProcedures { … id } } }`: `levels` + 3 deep. */
  function nested(levels: number): string {
    let inner = 'id'
    for (let i = 0; i < levels; i++) inner = `relatedProcedures { ${inner} }`
    return `{ Procedures { docs { ${inner} } } }`
  }

  it(`accepts ${GRAPHQL_MAX_DEPTH} levels and refuses one more, also hidden in fragments`, async () => {
    expect(await errorsOf(nested(GRAPHQL_MAX_DEPTH - 3))).toEqual([])
    expect(await errorsOf(nested(GRAPHQL_MAX_DEPTH - 2))).toEqual([
      `The query nests ${GRAPHQL_MAX_DEPTH + 1} levels deep; at most ${GRAPHQL_MAX_DEPTH} are allowed.`,
    ])
    const related = (n: number, inner: string) =>
      `${'relatedProcedures { '.repeat(n)}${inner}${' }'.repeat(n)}`
    const viaFragments = (n: number) => `
      query { Procedures { docs { ...A } } }
      fragment A on Procedure { ${related(2, '...B ...B')} }
      fragment B on Procedure { id ... on Procedure { ${related(n, 'slug')} } }
    `
    expect(await errorsOf(viaFragments(2))).toEqual([])
    expect(await errorsOf(viaFragments(4))).toEqual([
      `The query nests ${GRAPHQL_MAX_DEPTH + 1} levels deep; at most ${GRAPHQL_MAX_DEPTH} are allowed.`,
    ])
  })

  it('refuses a query over the complexity limit', async () => {
    const wide = Array.from({ length: 200 }, (_, i) => `a${i}: Services { docs { id slug } }`)
    const errors = await errorsOf(`{ ${wide.join(' ')} }`)
    expect(errors.join(' ')).toMatch(/complexity/i)
  })

  it('answers introspection outside production only', async () => {
    const introspection = '{ __schema { queryType { name } } }'
    expect((await graphql(introspection)).json().data?.__schema?.queryType?.name).toBe('Query')
    vi.stubEnv('NODE_ENV', 'production')
    try {
      const answer = await graphql(introspection)
      expect(answer.json().data?.__schema).toBeUndefined()
      expect(answer.json().errors?.[0]?.message).toMatch(/introspection/i)
      const typeName = await graphql('{ __type(name: "User") { fields { name } } }')
      expect(typeName.json().data?.__type).toBeUndefined()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
