import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import { afterAll, describe, expect, it } from 'vitest'

import { buildCapDocument, type CapAlertFields } from '@/lib/alerts/capDocument'
import type { CapMessage } from '@/lib/alerts/capMessages'

// The OASIS schema, kept with its licence notice in tests/fixtures/standards/.
const XSD = path.resolve(import.meta.dirname, '..', 'fixtures', 'standards', 'cap-1.2.xsd')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-cap-'))
let written = 0

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Runs xmllint against the OASIS schema; returns its complaints ('' when valid). */
function schemaErrors(xml: string): string {
  const file = path.join(dir, `alert-${++written}.xml`)
  fs.writeFileSync(file, xml)
  const result = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' })
  if (result.error) throw result.error
  return result.status === 0 ? '' : result.stderr
}

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml).alert

const english: CapAlertFields = {
  headline: 'Storm warning <b>& flooding</b>',
  description: 'Heavy rain expected. Avoid the riverbed & underpasses.\u0000',
  instruction: 'Stay indoors.',
  severity: 'Severe',
  urgency: 'Immediate',
  certainty: 'Likely',
  categories: ['Met', 'Safety'],
  eventType: 'Storm',
  onset: '2030-05-10T12:00:00.000Z',
  expires: '2030-05-11T06:00:00.000Z',
  area: {
    description: 'Old town and riverbed',
    polygon: '39.47,-0.38 39.48,-0.37 39.46,-0.36 39.47,-0.38',
  },
  web: 'https://villamar.example/en/alerts/storm',
}
const spanish: CapAlertFields = {
  ...english,
  headline: 'Aviso por tormenta',
  description: 'Se esperan lluvias intensas.',
  instruction: 'Quédese en casa.',
  eventType: 'Tormenta',
  area: { ...english.area, description: 'Casco antiguo y cauce' },
  web: null,
}
const messages: CapMessage[] = [
  { identifier: 'urn:uuid:aaa', sent: '2030-05-10T11:00:00+00:00', msgType: 'Alert' },
  { identifier: 'urn:uuid:bbb', sent: '2030-05-10T11:30:00+00:00', msgType: 'Update' },
  { identifier: 'urn:uuid:ccc', sent: '2030-05-10T12:00:00+00:00', msgType: 'Cancel' },
]
const base = {
  sender: 'alerts@villamar.example',
  senderName: 'Villamar',
  status: 'Actual' as const,
}

describe('CAP 1.2 documents', () => {
  it('validates an alert with a polygon against the OASIS schema, escaping text', () => {
    const xml = buildCapDocument({
      ...base,
      message: messages[0],
      infos: [{ language: 'en', alert: english }],
    })
    expect(schemaErrors(xml)).toBe('')
    expect(xml).toContain('<headline>Storm warning &lt;b&gt;&amp; flooding&lt;/b&gt;</headline>')
    expect(xml).not.toContain('\u0000')
    expect(xml).not.toMatch(/\dZ</)
    const alert = parse(xml)
    expect(alert['@_xmlns']).toBe('urn:oasis:names:tc:emergency:cap:1.2')
    expect(alert.msgType).toBe('Alert')
    expect(alert.references).toBeUndefined()
    expect(alert.info.area.polygon).toBe('39.47,-0.38 39.48,-0.37 39.46,-0.36 39.47,-0.38')
    expect(alert.info.onset).toBe('2030-05-10T12:00:00+00:00')
  })

  it('validates a two-language alert with a circle: one <info> per language', () => {
    const circle = { ...english.area, polygon: null, circle: '39.47,-0.37 2.5' }
    const xml = buildCapDocument({
      ...base,
      message: messages[0],
      infos: [
        { language: 'en', alert: { ...english, area: circle } },
        {
          language: 'es',
          alert: { ...spanish, area: { ...circle, description: 'Casco antiguo' } },
          pageUrl: 'https://villamar.example/es/alerts/storm',
        },
      ],
    })
    expect(schemaErrors(xml)).toBe('')
    const infos = parse(xml).info
    expect(infos.map((info: { language: string }) => info.language)).toEqual(['en', 'es'])
    expect(infos[1].headline).toBe('Aviso por tormenta')
    expect(infos[1].web).toBe('https://villamar.example/es/alerts/storm')
    expect(infos[0].area.circle).toBe('39.47,-0.37 2.5')
    expect(infos[0].category).toEqual(['Met', 'Safety'])
  })

  it('validates an update that references the original alert', () => {
    const xml = buildCapDocument({
      ...base,
      message: messages[1],
      references: messages.slice(0, 1),
      infos: [{ language: 'en', alert: english }],
    })
    expect(schemaErrors(xml)).toBe('')
    const alert = parse(xml)
    expect(alert.msgType).toBe('Update')
    expect(alert.references).toBe('alerts@villamar.example,urn:uuid:aaa,2030-05-10T11:00:00+00:00')
  })

  it('validates a cancel that references every earlier message of the chain', () => {
    const xml = buildCapDocument({
      ...base,
      message: messages[2],
      references: messages.slice(0, 2),
      infos: [
        { language: 'en', alert: english },
        { language: 'es', alert: spanish },
      ],
    })
    expect(schemaErrors(xml)).toBe('')
    const alert = parse(xml)
    expect(alert.msgType).toBe('Cancel')
    expect(alert.references.split(' ')).toHaveLength(2)
  })

  it('is caught by the schema check when a date uses Z (the check can fail)', () => {
    const xml = buildCapDocument({
      ...base,
      message: messages[0],
      infos: [{ language: 'en', alert: english }],
    }).replace('2030-05-10T11:00:00+00:00', '2030-05-10T11:00:00Z')
    expect(schemaErrors(xml)).toMatch(/sent/)
  })
})
