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

/**
 * A copy of the data without the relationship and upload values that point at collections
 * not written yet (itself included), at any depth and in every locale: those are put back
 * in a second pass, so a document may point at one written later (or at its own
 * collection) without breaking the database's foreign keys.
 */
export function withoutRelations(
  fields: Field[],
  data: unknown,
  written: Set<string>,
): { data: unknown; had: boolean } {
  let had = false
  const strip = (fieldList: Field[], value: unknown): unknown => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) }
    for (const field of fieldList) {
      if (field.type === 'row' || field.type === 'collapsible') {
        Object.assign(out, strip(field.fields, out))
        continue
      }
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) {
            out[tab.name] = mapLocales(tab.localized, out[tab.name], (v) => strip(tab.fields, v))
          } else {
            Object.assign(out, strip(tab.fields, out))
          }
        }
        continue
      }
      if (!('name' in field) || !(field.name in out)) continue
      const current = out[field.name]
      const localized = 'localized' in field && field.localized === true
      switch (field.type) {
        case 'relationship':
        case 'upload': {
          if ([field.relationTo].flat().every((slug) => written.has(slug))) break
          const empty = 'hasMany' in field && field.hasMany ? [] : null
          const isSet = (v: unknown) =>
            v !== null && v !== undefined && !(Array.isArray(v) && !v.length)
          if (localized && current && typeof current === 'object' && !Array.isArray(current)) {
            const locales = current as Record<string, unknown>
            if (Object.values(locales).some(isSet)) had = true
            out[field.name] = Object.fromEntries(Object.keys(locales).map((l) => [l, empty]))
          } else {
            if (isSet(current)) had = true
            out[field.name] = empty
          }
          break
        }
        case 'group':
          out[field.name] = mapLocales(localized, current, (v) => strip(field.fields, v))
          break
        case 'array':
          out[field.name] = mapLocales(localized, current, (rows) =>
            Array.isArray(rows) ? rows.map((row) => strip(field.fields, row)) : rows,
          )
          break
        case 'blocks':
          out[field.name] = mapLocales(localized, current, (rows) =>
            Array.isArray(rows)
              ? rows.map((row) => {
                  const block = field.blocks.find(
                    (b) => b.slug === (row as { blockType?: string }).blockType,
                  )
                  return block ? strip(block.fields, row) : row
                })
              : rows,
          )
          break
      }
    }
    return out
  }
  const mapLocales = (
    localized: boolean | undefined,
    value: unknown,
    fn: (v: unknown) => unknown,
  ) =>
    localized && value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([l, v]) => [l, fn(v)]),
        )
      : fn(value)
  const result = strip(fields, data)
  return { data: result, had }
}
