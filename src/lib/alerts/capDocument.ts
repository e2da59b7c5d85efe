// CAP 1.2 XML, one document per message and one <info> per language; element order follows the
// OASIS schema.
import { create } from 'xmlbuilder2'

import type { Alert } from '@/payload-types'

import { formatReferences, toCapDateTime, type CapMessage } from './capMessages'
import { formatCircle, formatPolygon, parseCircle, parsePolygon } from './geometry'
import { plainText } from './xmlSafeText'

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2'

/** The fields of one language's version of an alert that a CAP <info> block carries. */
export type CapAlertFields = Pick<
  Alert,
  | 'headline'
  | 'description'
  | 'instruction'
  | 'severity'
  | 'urgency'
  | 'certainty'
  | 'categories'
  | 'eventType'
  | 'onset'
  | 'expires'
  | 'area'
  | 'web'
>

export interface CapInfoInput {
  /** An RFC 3066 language code, e.g. "en" or "es-ES". */
  language: string
  alert: CapAlertFields
  /** The public page of the alert in this language: the <web> when the alert has no link. */
  pageUrl?: string
}

export interface CapDocumentInput {
  /** Who sends the messages, e.g. "alerts@villamar.example"; the same for a whole chain. */
  sender: string
  senderName?: string
  status: Alert['status']
  message: CapMessage
  /** Earlier messages of the chain, for Update and Cancel. */
  references?: readonly CapMessage[]
  infos: readonly CapInfoInput[]
}

/** An absolute http(s) URL, or nothing: <web> is an xs:anyURI and must be a real link. */
function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined
  } catch {
    return undefined
  }
}

/** CAP area geometry in canonical form; invalid text (refused on save anyway) is left out. */
function areaGeometry(area: CapAlertFields['area']): { polygon?: string; circle?: string } {
  const polygon = area.polygon ? parsePolygon(area.polygon) : null
  const circle = area.circle ? parseCircle(area.circle) : null
  return {
    polygon: polygon?.ok ? formatPolygon(polygon.value) : undefined,
    circle: circle?.ok ? formatCircle(circle.value) : undefined,
  }
}

/** The CAP 1.2 XML of one message, pretty-printed, with the XML declaration. */
export function buildCapDocument(input: CapDocumentInput): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const alert = doc.ele(CAP_NAMESPACE, 'alert')
  alert.ele('identifier').txt(input.message.identifier)
  alert.ele('sender').txt(input.sender)
  alert.ele('sent').txt(toCapDateTime(input.message.sent))
  alert.ele('status').txt(input.status)
  alert.ele('msgType').txt(input.message.msgType)
  alert.ele('scope').txt('Public')
  const references = input.message.msgType === 'Alert' ? [] : (input.references ?? [])
  if (references.length > 0) {
    alert.ele('references').txt(formatReferences(input.sender, references))
  }
  for (const { language, alert: fields, pageUrl } of input.infos) {
    const info = alert.ele('info')
    info.ele('language').txt(language)
    const categories = fields.categories?.length ? fields.categories : ['Other']
    for (const category of categories) info.ele('category').txt(category)
    info.ele('event').txt(plainText(fields.eventType))
    info.ele('urgency').txt(fields.urgency)
    info.ele('severity').txt(fields.severity)
    info.ele('certainty').txt(fields.certainty)
    info.ele('onset').txt(toCapDateTime(fields.onset))
    if (fields.expires) info.ele('expires').txt(toCapDateTime(fields.expires))
    if (input.senderName) info.ele('senderName').txt(plainText(input.senderName))
    info.ele('headline').txt(plainText(fields.headline))
    info.ele('description').txt(plainText(fields.description))
    const instruction = plainText(fields.instruction)
    if (instruction) info.ele('instruction').txt(instruction)
    const web = safeUrl(fields.web) ?? safeUrl(pageUrl)
    if (web) info.ele('web').txt(web)
    const area = info.ele('area')
    area.ele('areaDesc').txt(plainText(fields.area.description))
    const { polygon, circle } = areaGeometry(fields.area)
    if (polygon) area.ele('polygon').txt(polygon)
    if (circle) area.ele('circle').txt(circle)
  }
  return doc.end({ prettyPrint: true })
}
