// Checks schema.org JSON-LD against the vocabulary (tests/fixtures/schemaorg-30.0, see its
// NOTICE): every type exists, every property exists and may be used on its node's type or
// a supertype (domainIncludes), every https://schema.org/… value names a known term,
// nothing superseded; and Google's required properties for the rich results Plaza emits
// (Event: name, startDate, location with an address or a name; BreadcrumbList: items with
// position and name, and an item URL on all but the last).
import fs from 'node:fs'
import path from 'node:path'

const FILE = path.join(import.meta.dirname, '../fixtures/schemaorg-30.0/vocabulary.json')

interface Vocabulary {
  types: Record<string, string[]>
  properties: Record<string, string[]>
  members: Record<string, string[]>
  superseded: string[]
}

let cached: Vocabulary | null = null
function vocabulary(): Vocabulary {
  cached ??= JSON.parse(fs.readFileSync(FILE, 'utf8')) as Vocabulary
  return cached
}

/** The type and all its supertypes. */
function lineage(type: string, vocab: Vocabulary): Set<string> {
  const seen = new Set<string>()
  const visit = (t: string) => {
    if (seen.has(t)) return
    seen.add(t)
    for (const parent of vocab.types[t] ?? []) visit(parent)
  }
  visit(type)
  return seen
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

const SCHEMA = /^https?:\/\/schema\.org\/(.+)$/

function checkNode(node: Record<string, Json>, at: string, problems: string[], vocab: Vocabulary) {
  const types = [node['@type'] ?? []].flat().map(String)
  if (types.length === 0) problems.push(`${at}: a node without @type`)
  const ancestors = new Set<string>()
  for (const type of types) {
    if (!(type in vocab.types)) problems.push(`${at}: unknown type ${type}`)
    else if (vocab.superseded.includes(type)) problems.push(`${at}: superseded type ${type}`)
    for (const t of lineage(type, vocab)) ancestors.add(t)
  }
  const known = types.length > 0 && types.every((type) => type in vocab.types)
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue
    const domains = vocab.properties[key]
    if (!domains) problems.push(`${at}: unknown property ${key}`)
    else if (vocab.superseded.includes(key)) problems.push(`${at}: superseded property ${key}`)
    // An unknown type was said above: no second problem for each of its properties.
    else if (known && !domains.some((d) => ancestors.has(d)))
      problems.push(`${at}: ${key} is not a property of ${types.join(', ')}`)
    checkValue(value, `${at}.${key}`, problems, vocab)
  }
}

function checkValue(value: Json, at: string, problems: string[], vocab: Vocabulary) {
  if (Array.isArray(value)) value.forEach((v, i) => checkValue(v, `${at}[${i}]`, problems, vocab))
  else if (value && typeof value === 'object') checkNode(value, at, problems, vocab)
  else if (typeof value === 'string') {
    const term = SCHEMA.exec(value)?.[1]
    if (term && !(term in vocab.members) && !(term in vocab.types))
      problems.push(`${at}: ${value} names no schema.org term`)
  }
}

function requireGoogleProperties(node: Record<string, Json>, at: string, problems: string[]) {
  const missing = (object: Record<string, Json> | undefined, key: string) =>
    object?.[key] === undefined || object[key] === '' || object[key] === null
  const types = [node['@type'] ?? []].flat()
  if (types.includes('Event')) {
    for (const key of ['name', 'startDate', 'location'])
      if (missing(node, key)) problems.push(`${at}: Event without ${key} (Google requires it)`)
    const location = node.location as Record<string, Json> | undefined
    if (location && [location['@type']].flat().includes('Place') && missing(location, 'address'))
      problems.push(`${at}: Event location Place without address (Google requires it)`)
  }
  if (types.includes('BreadcrumbList')) {
    const items = (node.itemListElement ?? []) as Array<Record<string, Json>>
    if (!Array.isArray(items) || items.length === 0)
      problems.push(`${at}: BreadcrumbList without itemListElement`)
    items.forEach((item, index) => {
      for (const key of ['position', 'name'])
        if (missing(item, key)) problems.push(`${at}: ListItem ${index + 1} without ${key}`)
      if (index < items.length - 1 && missing(item, 'item'))
        problems.push(`${at}: ListItem ${index + 1} without item (required but for the last)`)
    })
  }
}

/** Every problem in one JSON-LD document (an object or a list of objects); none: valid. */
export function schemaOrgProblems(document: Json, at = '$'): string[] {
  const vocab = vocabulary()
  const problems: string[] = []
  for (const [index, node] of [document].flat().entries()) {
    const where = Array.isArray(document) ? `${at}[${index}]` : at
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      problems.push(`${where}: not a JSON-LD object`)
      continue
    }
    if (node['@context'] !== 'https://schema.org')
      problems.push(`${where}: @context is not https://schema.org`)
    checkNode(node, where, problems, vocab)
    requireGoogleProperties(node, where, problems)
  }
  return problems
}
