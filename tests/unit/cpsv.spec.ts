// The CPSV-AP builder against the official SHACL shapes: a full procedure conforms, and the
// validator does catch a broken document (so that "0 violations" elsewhere means something).
import { beforeAll, describe, expect, it } from 'vitest'

import { procedureToCpsv, type CpsvContext, type CpsvProcedure } from '@/lib/opendata/cpsv'
import { cpsvDocument, cpsvSharedNodes, type CpsvNode } from '@/lib/opendata/cpsvVocabulary'

import { cpsvValidator } from '../helpers/cpsvShacl'

const ctx: CpsvContext = {
  locale: 'es',
  serverUrl: 'https://plaza.example',
  cityName: 'Villamar',
  pageUrl: 'https://plaza.example/es/procedures/register',
  startOnlineUrl: 'https://sede.example/procedures/register',
}

const office = {
  id: 7,
  title: 'Oficina de atención',
  slug: 'office',
  locations: [
    {
      name: 'Ayuntamiento',
      address: { street: 'Plaza Mayor 1', postalCode: '46001', locality: 'Villamar' },
      point: [-0.37, 39.47],
    },
  ],
}

const procedure = {
  id: 3,
  slug: 'register',
  title: 'Empadronamiento',
  summary: 'Inscribirse en el padrón.',
  topics: [{ id: 2, title: 'Vivienda', slug: 'housing' }],
  department: { id: 5, title: 'Padrón', slug: 'census' },
  requirements: [{ text: 'Vivir en Villamar' }],
  documents: [{ text: 'DNI' }, { text: 'Contrato de alquiler' }],
  fees: [{ label: 'Certificado', amount: 2.5, note: 'Gratis en línea' }],
  processingTime: 'En el acto',
  online: { enabled: true, transactionPath: '/procedures/register' },
  inPerson: { enabled: true, locations: [office], appointmentRequired: true },
  phone: { number: '010', hours: 'De lunes a viernes' },
  legalBasis: [
    { title: 'Ley 7/1985', url: 'https://www.boe.es/eli/es/l/1985/04/02/7' },
    { title: 'Ordenanza municipal' },
  ],
} as unknown as CpsvProcedure

const build = (p: CpsvProcedure = procedure) =>
  cpsvDocument([...procedureToCpsv(p, ctx), ...cpsvSharedNodes(ctx)])

let validator: ReturnType<typeof cpsvValidator>
beforeAll(() => {
  validator = cpsvValidator()
})

describe('CPSV-AP JSON-LD of a procedure', () => {
  it('conforms to the CPSV-AP 3.2.0 shapes with every part filled', async () => {
    const { violations, triples } = await validator.validate(build())
    expect(violations).toEqual([])
    expect(triples).toBeGreaterThan(60)
  })

  it('conforms for a free procedure with no department, channels or documents', async () => {
    const bare = {
      ...procedure,
      department: null,
      fees: [],
      documents: [],
      requirements: [],
      legalBasis: [],
      topics: [],
      online: { enabled: false },
      inPerson: { enabled: false },
      phone: {},
    } as unknown as CpsvProcedure
    const document = cpsvDocument([
      ...procedureToCpsv(bare, { ...ctx, startOnlineUrl: null }),
      ...cpsvSharedNodes(ctx),
    ])
    expect((await validator.validate(document)).violations).toEqual([])
    const service = document['@graph'][0]
    expect(service['cv:hasCompetentAuthority']).toEqual({
      '@id': 'https://plaza.example/api/open-data/cpsv/organisations/city',
    })
  })

  it('names the channels, the costs in euros and the ELI of the law', () => {
    const graph = build()['@graph']
    const byType = (type: string) => graph.filter((n) => [n['@type']].flat().includes(type))
    expect(byType('cv:Channel').map((c) => c['@id'].split('/').pop())).toEqual([
      'online',
      'office-7-0',
      'phone',
    ])
    expect(byType('cv:Cost')[0]['cv:hasValue']).toEqual({ '@value': 2.5, '@type': 'xsd:double' })
    expect(byType('eli:LegalResource')[0]['@id']).toBe('https://www.boe.es/eli/es/l/1985/04/02/7')
    expect(byType('cv:Evidence')).toHaveLength(2)
  })
})

describe('the SHACL check', () => {
  const without = (drop: (node: CpsvNode) => CpsvNode) => {
    const document = build()
    return { ...document, '@graph': document['@graph'].map(drop) }
  }

  it('catches a public service with no competent authority', async () => {
    const broken = without((node) => {
      if (node['@type'] !== 'cpsv:PublicService') return node
      const { 'cv:hasCompetentAuthority': _dropped, ...rest } = node
      return rest as CpsvNode
    })
    const { violations } = await validator.validate(broken)
    expect(violations.map((v) => v.path)).toEqual([
      'http://data.europa.eu/m8g/hasCompetentAuthority',
    ])
  })

  it('catches a cost given as text, and an authority that is not a public organisation', async () => {
    const broken = without((node) => {
      if (node['@type'] === 'cv:Cost') return { ...node, 'cv:hasValue': '2.50 EUR' }
      if ([node['@type']].flat().includes('cv:PublicOrganisation'))
        return { ...node, '@type': 'org:Organization' }
      return node
    })
    const paths = (await validator.validate(broken)).violations.map((v) => v.path)
    expect(paths).toContain('http://data.europa.eu/m8g/hasValue')
    expect(paths).toContain('http://data.europa.eu/m8g/hasCompetentAuthority')
  })

  it('refuses a document whose context would need the network', async () => {
    await expect(
      validator.validate({ '@context': 'https://example.org/context.jsonld', '@id': 'x' }),
    ).rejects.toThrow(/example\.org\/context\.jsonld/)
  })
})
