// Derives tests/fixtures/schemaorg-<release>/vocabulary.json from a schema.org release file,
// keeping only what the JSON-LD test needs of its 1.5 MB.
//   tsx scripts/derive-schemaorg-vocabulary.ts <release file> <release> > vocabulary.json
import fs from 'node:fs'

type Node = Record<string, unknown> & { '@id': string; '@type': string | string[] }

const [file, release] = process.argv.slice(2)
if (!file || !release) {
  console.error('usage: derive-schemaorg-vocabulary <schemaorg-current-https.jsonld> <release>')
  process.exit(2)
}
const graph: Node[] = JSON.parse(fs.readFileSync(file, 'utf8'))['@graph']
const name = (id: string) => id.replace(/^schema:/, '')
const ids = (value: unknown): string[] =>
  [value ?? []].flat().map((v) => name((v as { '@id': string })['@id']))
const typesOf = (node: Node) => [node['@type']].flat()

const types: Record<string, string[]> = {}
const properties: Record<string, string[]> = {}
const members: Record<string, string[]> = {}
const superseded: string[] = []
for (const node of graph) {
  if (!node['@id'].startsWith('schema:')) continue
  const id = name(node['@id'])
  if (node['schema:supersededBy']) superseded.push(id)
  const kinds = typesOf(node)
  if (kinds.includes('rdfs:Class')) types[id] = ids(node['rdfs:subClassOf'])
  else if (kinds.includes('rdf:Property')) properties[id] = ids(node['schema:domainIncludes'])
  else members[id] = kinds.map(name)
}
const sorted = <T>(record: Record<string, T>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
process.stdout.write(
  JSON.stringify({
    release,
    source: `https://github.com/schemaorg/schemaorg/blob/main/data/releases/${release}/schemaorg-current-https.jsonld`,
    types: sorted(types),
    properties: sorted(properties),
    members: sorted(members),
    superseded: superseded.sort(),
  }) + '\n',
)
