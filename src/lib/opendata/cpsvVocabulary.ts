// What every CPSV-AP 3.2 document shares: the inline JSON-LD context, the node helpers, the
// city and the code lists each procedure points to, and the document around the nodes.
export const CPSV_AP_VERSION = '3.2.0'

export const CPSV_CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  eli: 'http://data.europa.eu/eli/ontology#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  org: 'http://www.w3.org/ns/org#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const

export type CpsvNode = { '@id': string; [key: string]: unknown }

export interface CpsvDocument {
  '@context': typeof CPSV_CONTEXT
  '@graph': CpsvNode[]
}

/** Who publishes: enough for the city's own nodes. */
export interface CpsvCity {
  locale: string
  serverUrl: string
  cityName: string
}

/** The channel types, in every language the city publishes (a small code list of Plaza's). */
export const CHANNEL_TYPES = {
  online: { en: 'Online', es: 'En línea' },
  'in-person': { en: 'In person', es: 'Presencial' },
  phone: { en: 'Telephone', es: 'Teléfono' },
} as const

export const EURO = 'http://publications.europa.eu/resource/authority/currency/EUR'

export const base = (serverUrl: string) => `${serverUrl}/api/open-data/cpsv`

export const text = (value: string, locale: string) => ({ '@value': value, '@language': locale })
export const ref = (id: string) => ({ '@id': id })

function labelsIn(labels: Record<string, string>) {
  return Object.entries(labels).map(([language, label]) => text(label, language))
}

/** The city, its area and the code lists every procedure points to. */
export function cpsvSharedNodes(ctx: CpsvCity): CpsvNode[] {
  const root = base(ctx.serverUrl)
  return [
    {
      '@id': `${root}/organisations/city`,
      '@type': ['cv:PublicOrganisation', 'org:Organization'],
      'dct:identifier': 'city',
      'skos:prefLabel': text(ctx.cityName, ctx.locale),
      'dct:spatial': ref(`${root}/locations/city`),
    },
    {
      '@id': `${root}/locations/city`,
      '@type': 'dct:Location',
      'locn:geographicName': text(ctx.cityName, ctx.locale),
    },
    ...Object.entries(CHANNEL_TYPES).map(([code, labels]) => ({
      '@id': `${root}/channel-types/${code}`,
      '@type': 'skos:Concept',
      'skos:notation': code,
      'skos:prefLabel': labelsIn(labels),
    })),
    {
      '@id': EURO,
      '@type': 'skos:Concept',
      'skos:notation': 'EUR',
      'skos:prefLabel': labelsIn({ en: 'Euro', es: 'Euro' }),
    },
  ]
}

/** One JSON-LD document over the given nodes; a node shared by several procedures once. */
export function cpsvDocument(nodes: CpsvNode[]): CpsvDocument {
  const byId = new Map<string, CpsvNode>()
  for (const node of nodes) if (!byId.has(node['@id'])) byId.set(node['@id'], node)
  return { '@context': CPSV_CONTEXT, '@graph': [...byId.values()] }
}
