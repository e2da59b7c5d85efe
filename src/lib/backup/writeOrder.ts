// The order a restore writes collections in, and documents without their links for a first pass,
// so foreign keys hold whatever points at what.
import type { Field, SanitizedCollectionConfig } from 'payload'

/** The collections a collection's fields point at (relationship and upload fields). */
function targetsOf(fields: Field[], into = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const slug of [field.relationTo].flat()) into.add(slug)
    }
    if ('fields' in field && Array.isArray(field.fields)) targetsOf(field.fields, into)
    if (field.type === 'tabs') for (const tab of field.tabs) targetsOf(tab.fields, into)
    if (field.type === 'blocks') for (const block of field.blocks) targetsOf(block.fields, into)
  }
  return into
}

/** Collections ordered so that each comes after the ones it points at (cycles broken). */
export function writeOrder(collections: SanitizedCollectionConfig[]): SanitizedCollectionConfig[] {
  const bySlug = new Map<string, SanitizedCollectionConfig>(collections.map((c) => [c.slug, c]))
  const ordered: SanitizedCollectionConfig[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (c: SanitizedCollectionConfig) => {
    if (state.has(c.slug)) return
    state.set(c.slug, 'visiting')
    for (const target of targetsOf(c.fields)) {
      const dep = bySlug.get(target)
      if (dep && dep !== c) visit(dep)
    }
    state.set(c.slug, 'done')
    ordered.push(c)
  }
  collections.forEach(visit)
  return ordered
}

interface StripState {
  written: Set<string>
  had: boolean
}

type RelationField = Extract<Field, { type: 'relationship' | 'upload' }>
type NestedField = Extract<Field, { type: 'group' | 'array' | 'blocks' }>

function mapLocales(localized: boolean | undefined, value: unknown, fn: (v: unknown) => unknown) {
  return localized && value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([l, v]) => [l, fn(v)]),
      )
    : fn(value)
}

/** The relation's value emptied (in every locale) unless it points only at written collections. */
function clearedRelation(
  field: RelationField,
  current: unknown,
  localized: boolean,
  state: StripState,
): unknown {
  if ([field.relationTo].flat().every((slug) => state.written.has(slug))) return current
  const empty = 'hasMany' in field && field.hasMany ? [] : null
  const isSet = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length)
  if (localized && current && typeof current === 'object' && !Array.isArray(current)) {
    const locales = current as Record<string, unknown>
    if (Object.values(locales).some(isSet)) state.had = true
    return Object.fromEntries(Object.keys(locales).map((l) => [l, empty]))
  }
  if (isSet(current)) state.had = true
  return empty
}

function strippedNested(
  field: NestedField,
  current: unknown,
  localized: boolean,
  state: StripState,
): unknown {
  switch (field.type) {
    case 'group':
      return mapLocales(localized, current, (v) => strip(field.fields, v, state))
    case 'array':
      return mapLocales(localized, current, (rows) =>
        Array.isArray(rows) ? rows.map((row) => strip(field.fields, row, state)) : rows,
      )
    case 'blocks':
      return mapLocales(localized, current, (rows) =>
        Array.isArray(rows)
          ? rows.map((row) => {
              const block = field.blocks.find(
                (b) => b.slug === (row as { blockType?: string }).blockType,
              )
              return block ? strip(block.fields, row, state) : row
            })
          : rows,
      )
  }
}

function strip(fieldList: Field[], value: unknown, state: StripState): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  for (const field of fieldList) {
    if (field.type === 'row' || field.type === 'collapsible') {
      Object.assign(out, strip(field.fields, out, state))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          out[tab.name] = mapLocales(tab.localized, out[tab.name], (v) =>
            strip(tab.fields, v, state),
          )
        } else {
          Object.assign(out, strip(tab.fields, out, state))
        }
      }
      continue
    }
    if (!('name' in field) || !(field.name in out)) continue
    const current = out[field.name]
    const localized = 'localized' in field && field.localized === true
    if (field.type === 'relationship' || field.type === 'upload')
      out[field.name] = clearedRelation(field, current, localized, state)
    else if (field.type === 'group' || field.type === 'array' || field.type === 'blocks')
      out[field.name] = strippedNested(field, current, localized, state)
  }
  return out
}

/**
 * The data without relationships to collections not written yet, put back in a second pass,
 * so forward and self references do not break the database's foreign keys.
 */
export function withoutRelations(
  fields: Field[],
  data: unknown,
  written: Set<string>,
): { data: unknown; had: boolean } {
  const state: StripState = { written, had: false }
  const result = strip(fields, data, state)
  return { data: result, had: state.had }
}
