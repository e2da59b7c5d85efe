// A procedure as CPSV-AP 3.2 JSON-LD. The SHACL shapes (tests/fixtures/cpsv-ap/) check
// `sh:class` without inference, so every node pointed to is typed here.
import type { Department, Procedure, Service, Topic } from '@/payload-types'

import {
  base,
  CHANNEL_TYPES,
  type CpsvCity,
  type CpsvNode,
  EURO,
  ref,
  text,
} from './cpsvVocabulary'

export interface CpsvContext extends CpsvCity {
  /** Absolute URL of the procedure's page in this language. */
  pageUrl: string
  /** The e-office link, when the procedure can be done online and the link is safe. */
  startOnlineUrl: string | null
}

/** A procedure with its department, offices and topics populated (depth 1). */
export type CpsvProcedure = Pick<
  Procedure,
  | 'id'
  | 'slug'
  | 'title'
  | 'summary'
  | 'topics'
  | 'department'
  | 'requirements'
  | 'documents'
  | 'fees'
  | 'processingTime'
  | 'online'
  | 'inPerson'
  | 'phone'
  | 'legalBasis'
>

const OUTPUT_TITLE: Record<string, (title: string) => string> = {
  en: (title) => `Outcome of the procedure: ${title}`,
  es: (title) => `Resolución del trámite: ${title}`,
}

function related<T extends object>(value: number | T | null | undefined): T | null {
  return value && typeof value === 'object' ? value : null
}

function departmentNode(department: Department, ctx: CpsvContext): CpsvNode {
  const root = base(ctx.serverUrl)
  return {
    '@id': `${root}/organisations/department-${department.id}`,
    '@type': ['cv:PublicOrganisation', 'org:Organization'],
    'dct:identifier': `department-${department.id}`,
    'skos:prefLabel': text(department.title, ctx.locale),
    'dct:spatial': ref(`${root}/locations/city`),
    'org:subOrganizationOf': ref(`${root}/organisations/city`),
  }
}

function topicNode(topic: Topic, ctx: CpsvContext): CpsvNode {
  return {
    '@id': `${base(ctx.serverUrl)}/topics/${topic.id}`,
    '@type': 'skos:Concept',
    'skos:notation': topic.slug,
    'skos:prefLabel': text(topic.title, ctx.locale),
  }
}

function officeDescription(service: Service, location: NonNullable<Service['locations']>[0]) {
  const { street, postalCode, locality } = location.address
  const address = [street, [postalCode, locality].filter(Boolean).join(' ')].filter(Boolean)
  return `${service.title}: ${location.name}, ${address.join(', ')}`
}

function procedureChannels(
  procedure: CpsvProcedure,
  ctx: CpsvContext,
  id: string,
  authority: string,
): CpsvNode[] {
  const { locale } = ctx
  const root = base(ctx.serverUrl)
  const channels: CpsvNode[] = []
  const channel = (key: string, type: keyof typeof CHANNEL_TYPES, extra: object) =>
    channels.push({
      '@id': `${id}/channels/${key}`,
      '@type': 'cv:Channel',
      'dct:identifier': `procedure-${procedure.id}-${key}`,
      'dct:type': ref(`${root}/channel-types/${type}`),
      'cv:ownedBy': ref(authority),
      ...extra,
    })
  if (ctx.startOnlineUrl) channel('online', 'online', { 'vcard:hasURL': ref(ctx.startOnlineUrl) })
  if (procedure.inPerson?.enabled) {
    for (const service of procedure.inPerson.locations ?? []) {
      const office = related<Service>(service)
      for (const [index, location] of (office?.locations ?? []).entries()) {
        channel(`office-${office!.id}-${index}`, 'in-person', {
          'dct:description': text(officeDescription(office!, location), locale),
        })
      }
    }
  }
  const phone = procedure.phone?.number
  if (phone) {
    const hours = procedure.phone?.hours
    channel('phone', 'phone', {
      'vcard:hasTelephone': phone,
      ...(hours ? { 'dct:description': text(`${phone}. ${hours}`, locale) } : {}),
    })
  }
  return channels
}

function procedureTextItems(
  procedure: CpsvProcedure,
  items: { text: string }[] | null | undefined,
  id: string,
  locale: string,
  kind: { path: string; type: string; identifier: string },
): CpsvNode[] {
  return (items ?? []).map((item, index) => ({
    '@id': `${id}/${kind.path}/${index + 1}`,
    '@type': kind.type,
    'dct:identifier': `procedure-${procedure.id}-${kind.identifier}-${index + 1}`,
    'dct:title': text(item.text, locale),
  }))
}

function procedureCosts(
  procedure: CpsvProcedure,
  id: string,
  locale: string,
  authority: string,
): CpsvNode[] {
  // No fees means free: said explicitly, as a cost of zero.
  const fees = procedure.fees?.length ? procedure.fees : [{ label: null, amount: 0, note: null }]
  return fees.map((fee, index) => ({
    '@id': `${id}/costs/${index + 1}`,
    '@type': 'cv:Cost',
    'dct:identifier': `procedure-${procedure.id}-cost-${index + 1}`,
    'cv:hasValue': { '@value': fee.amount, '@type': 'xsd:double' },
    'cv:currency': ref(EURO),
    'cv:isDefinedBy': ref(authority),
    ...(fee.label
      ? { 'dct:description': text([fee.label, fee.note].filter(Boolean).join('. '), locale) }
      : {}),
  }))
}

function procedureOutput(procedure: CpsvProcedure, id: string, locale: string): CpsvNode {
  const outputTitle = (OUTPUT_TITLE[locale] ?? OUTPUT_TITLE.en)(procedure.title)
  return {
    '@id': `${id}/output`,
    '@type': 'cv:Output',
    'dct:identifier': `procedure-${procedure.id}-output`,
    'dct:title': text(outputTitle, OUTPUT_TITLE[locale] ? locale : 'en'),
    ...(procedure.processingTime
      ? { 'dct:description': text(procedure.processingTime, locale) }
      : {}),
  }
}

function procedureLaws(procedure: CpsvProcedure, id: string, locale: string): CpsvNode[] {
  return (procedure.legalBasis ?? []).map((law, index) => ({
    // An ELI or other https address identifies the law itself.
    '@id': law.url && /^https:\/\//.test(law.url) ? law.url : `${id}/legal-resources/${index + 1}`,
    '@type': 'eli:LegalResource',
    'dct:title': text(law.title, locale),
  }))
}

function procedureTopics(procedure: CpsvProcedure, ctx: CpsvContext): CpsvNode[] {
  return (procedure.topics ?? [])
    .map((topic) => related<Topic>(topic))
    .filter((topic): topic is Topic => topic !== null)
    .map((topic) => topicNode(topic, ctx))
}

/** The nodes of one procedure: the public service first, then what it points to. */
export function procedureToCpsv(procedure: CpsvProcedure, ctx: CpsvContext): CpsvNode[] {
  const { locale } = ctx
  const root = base(ctx.serverUrl)
  const id = `${root}/procedures/${procedure.id}`
  const department = related<Department>(procedure.department)
  const departmentNodes = department ? [departmentNode(department, ctx)] : []
  const authority = departmentNodes[0]?.['@id'] ?? `${root}/organisations/city`

  const channels = procedureChannels(procedure, ctx, id, authority)
  const requirements = procedureTextItems(procedure, procedure.requirements, id, locale, {
    path: 'requirements',
    type: 'cv:Requirement',
    identifier: 'requirement',
  })
  const evidence = procedureTextItems(procedure, procedure.documents, id, locale, {
    path: 'evidence',
    type: 'cv:Evidence',
    identifier: 'evidence',
  })
  const costs = procedureCosts(procedure, id, locale, authority)
  const output = procedureOutput(procedure, id, locale)
  const laws = procedureLaws(procedure, id, locale)
  const topics = procedureTopics(procedure, ctx)

  const service: CpsvNode = {
    '@id': id,
    '@type': 'cpsv:PublicService',
    'dct:identifier': `procedure-${procedure.id}`,
    'dct:title': text(procedure.title, locale),
    'dct:description': text(procedure.summary, locale),
    'rdfs:seeAlso': ref(ctx.pageUrl),
    'cv:hasCompetentAuthority': ref(authority),
    'dct:spatial': ref(`${root}/locations/city`),
    'cv:hasChannel': channels.map((c) => ref(c['@id'])),
    'cv:holdsRequirement': requirements.map((r) => ref(r['@id'])),
    'cpsv:hasInput': evidence.map((e) => ref(e['@id'])),
    'cv:hasCost': costs.map((c) => ref(c['@id'])),
    'cpsv:produces': ref(output['@id']),
    'cv:hasLegalResource': laws.map((l) => ref(l['@id'])),
    'cv:isClassifiedBy': topics.map((t) => ref(t['@id'])),
  }
  return [
    service,
    ...departmentNodes,
    ...channels,
    ...requirements,
    ...evidence,
    ...costs,
    output,
    ...laws,
    ...topics,
  ]
}
