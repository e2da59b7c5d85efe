// The official HSDS 3.0 JSON schemas (tests/fixtures/hsds-3.0, see its NOTICE) compiled
// with a standard validator (Ajv 8 + ajv-formats), made strict the way the specification's
// own example check makes them: `additionalProperties: false` on every object schema
// (compiletojsonschema --set-additional-properties-false-everywhere). A validator stops at
// its first violation.
import fs from 'node:fs'
import path from 'node:path'

import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

const DIR = path.join(import.meta.dirname, '../fixtures/hsds-3.0')

type Schema = Record<string, unknown>

export function readHsdsSchema(name: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8'))
}

/** Sets additionalProperties: false on every schema that lists properties, at any depth. */
export function closeEverywhere(schema: Schema): Schema {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit)
    if (!node || typeof node !== 'object') return node
    const source = node as Schema
    const out: Schema = {}
    for (const [key, value] of Object.entries(source)) {
      if (key === 'properties' && value && typeof value === 'object') {
        out.properties = Object.fromEntries(
          Object.entries(value as Schema).map(([name, sub]) => [name, visit(sub)]),
        )
      } else if (
        ['items', 'allOf', 'anyOf', 'oneOf', 'not', '$defs', 'definitions'].includes(key)
      ) {
        out[key] =
          key === '$defs' || key === 'definitions'
            ? Object.fromEntries(Object.entries(value as Schema).map(([n, s]) => [n, visit(s)]))
            : visit(value)
      } else {
        out[key] = value
      }
    }
    if ('properties' in source) out.additionalProperties = false
    return out
  }
  return visit(schema) as Schema
}

const openapi = readHsdsSchema('openapi') as {
  paths: Record<
    string,
    { get: { responses: { 200: { content: Record<string, { schema: Schema }> } } } }
  >
  components: { schemas: { Page: Schema } }
}

/** The HSDS "Page" envelope around `item`, as the OpenAPI document's list responses say. */
function pageOf(item: Schema): Schema {
  const page = openapi.components.schemas.Page as { properties: Schema }
  return {
    type: 'object',
    properties: { ...page.properties, contents: { type: 'array', items: item } },
  }
}

const ENDPOINT_SCHEMAS = {
  metadata: () => openapi.paths['/'].get.responses[200].content['application/json'].schema,
  service: () => readHsdsSchema('compiled/service'),
  serviceList: () => readHsdsSchema('compiled/service_list'),
  organization: () => readHsdsSchema('compiled/organization'),
  organizationList: () => readHsdsSchema('compiled/organization_list'),
  serviceAtLocation: () => readHsdsSchema('compiled/service_at_location'),
  serviceAtLocationList: () => readHsdsSchema('compiled/service_at_location_list'),
  taxonomy: () => ({ $ref: 'taxonomy.json' }),
  taxonomyTerm: () => ({ $ref: 'taxonomy_term.json' }),
  page: () => pageOf({}),
} satisfies Record<string, () => Schema>

export type HsdsSchemaName = keyof typeof ENDPOINT_SCHEMAS

/** Validators for the named endpoint schemas (all by default: ~20 s, the compiled ones are large). */
export function hsdsValidators(
  names: HsdsSchemaName[] = Object.keys(ENDPOINT_SCHEMAS) as HsdsSchemaName[],
): Record<HsdsSchemaName, ValidateFunction> {
  // strict: false because the table schemas carry Frictionless Data keywords (constraints,
  // core, datapackage_type…) that JSON Schema ignores.
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false })
  addFormats(ajv)
  // The table schemas refer to each other by file name ("metadata.json").
  for (const file of fs.readdirSync(DIR).filter((name) => name.endsWith('.json'))) {
    const name = file.replace(/\.json$/, '')
    if (name !== 'openapi') ajv.addSchema({ ...closeEverywhere(readHsdsSchema(name)), $id: file })
  }
  return Object.fromEntries(
    names.map((name) => [name, ajv.compile(closeEverywhere(ENDPOINT_SCHEMAS[name]()))]),
  ) as Record<HsdsSchemaName, ValidateFunction>
}
