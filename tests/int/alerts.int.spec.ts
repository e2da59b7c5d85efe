import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { XMLParser } from 'fast-xml-parser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildAlertsRss } from '@/lib/alerts/feeds'
import { capDocumentFor, findAlerts } from '@/lib/alerts/queries'
import type { Alert } from '@/payload-types'

import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const noRevalidate = { disableRevalidate: true }

function createAlert(data: Record<string, unknown>, draft = false) {
  return payload.create({
    collection: 'alerts',
    data: { ...sampleDoc('alerts'), _status: draft ? 'draft' : 'published', ...data } as never,
    draft,
    overrideAccess: true,
    context: noRevalidate,
  })
}

function updateAlert(id: number, data: Record<string, unknown>, locale: 'en' | 'es' = 'en') {
  return payload.update({
    collection: 'alerts',
    id,
    data: data as never,
    locale,
    draft: data._status === 'draft',
    overrideAccess: true,
    context: noRevalidate,
  })
}

/** A write that must be refused: returns the error text and checks nothing was written. */
async function refusedAlert(data: Record<string, unknown>): Promise<string> {
  const before = await payload.count({ collection: 'alerts', overrideAccess: true })
  let message = ''
  try {
    await createAlert(data)
  } catch (error) {
    const details = (error as { data?: { errors?: { message: string }[] } }).data
    message = [(error as Error).message, ...(details?.errors ?? []).map((e) => e.message)].join(
      ' | ',
    )
  }
  const after = await payload.count({ collection: 'alerts', overrideAccess: true })
  expect(after.totalDocs).toBe(before.totalDocs)
  expect(message, 'the write should have been refused').not.toBe('')
  return message
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('alert validation', () => {
  it('refuses an alert that expires before its onset', async () => {
    const message = await refusedAlert({
      onset: '2030-05-02T10:00:00.000Z',
      expires: '2030-05-01T10:00:00.000Z',
    })
    expect(message).toMatch(/expire after its onset/)
  })

  it('refuses an unclosed polygon ring', async () => {
    const message = await refusedAlert({
      area: {
        description: 'Old town',
        polygon: '39.47,-0.38 39.48,-0.37 39.46,-0.36 39.45,-0.35',
      },
    })
    expect(message).toMatch(/polygon is not closed/)
  })

  it('refuses out-of-range coordinates and a circle without a radius', async () => {
    expect(
      await refusedAlert({
        area: { description: 'Old town', polygon: '39,-0.38 39.48,-190 39.46,-0.36 39,-0.38' },
      }),
    ).toMatch(/longitude -190, outside −180 to 180/)
    expect(
      await refusedAlert({ area: { description: 'Old town', circle: '39.47,-0.37' } }),
    ).toMatch(/radius-in-km/)
  })

  it('refuses a more-information link that is not a web address', async () => {
    expect(await refusedAlert({ web: 'javascript:alert(1)' })).toMatch(/https:\/\//)
  })

  it('accepts a polygon, a circle and a link', async () => {
    const alert = await createAlert({
      area: {
        description: 'Old town',
        polygon: '39.47,-0.38 39.48,-0.37 39.46,-0.36 39.47,-0.38',
        circle: '39.47,-0.37 2.5',
      },
      web: 'https://villamar.example/storm',
    })
    expect(alert.area.polygon).toContain('39.47,-0.38')
  })
})

describe('CAP message bookkeeping', () => {
  it('records Alert on first publish, Update on later publishes and Cancel when withdrawn', async () => {
    const draft = await createAlert({}, true)
    expect(draft.capMessages ?? []).toEqual([])

    const published = await updateAlert(draft.id, { _status: 'published' })
    expect(published.capMessages?.map((m) => m.msgType)).toEqual(['Alert'])
    const [first] = published.capMessages!
    expect(first.identifier).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)

    // A draft edit sends nothing; the next publish (here the Spanish text) is an Update.
    await updateAlert(draft.id, { _status: 'draft', headline: 'Changed in a draft' })
    const updated = await updateAlert(
      draft.id,
      {
        _status: 'published',
        headline: 'Alerta de prueba',
        description: 'Una alerta de prueba.',
        eventType: 'Prueba',
        area: { description: 'Casco antiguo' },
      },
      'es',
    )
    expect(updated.capMessages?.map((m) => m.msgType)).toEqual(['Alert', 'Update'])
    expect(updated.capMessages![0].identifier).toBe(first.identifier)

    const cancelled = await updateAlert(draft.id, { _status: 'published', withdrawn: true })
    expect(cancelled.capMessages?.map((m) => m.msgType)).toEqual(['Alert', 'Update', 'Cancel'])
    const again = await updateAlert(draft.id, { _status: 'published', withdrawn: true })
    expect(again.capMessages).toHaveLength(3)
  })

  it('ignores CAP messages sent by the client', async () => {
    const forged: Alert['capMessages'] = [
      { identifier: 'forged', sent: '2000-01-01T00:00:00.000Z', msgType: 'Cancel' },
    ]
    const alert = await createAlert({ capMessages: forged })
    expect(alert.capMessages?.map((m) => [m.identifier === 'forged', m.msgType])).toEqual([
      [false, 'Alert'],
    ])
    const updated = await updateAlert(alert.id, { _status: 'published', capMessages: [] })
    expect(updated.capMessages?.map((m) => m.msgType)).toEqual(['Alert', 'Update'])
  })
})

const spanish = {
  headline: 'Alerta',
  description: 'Una alerta.',
  eventType: 'Prueba',
  area: { description: 'Casco antiguo' },
}
const capOptions = {
  locales: ['en', 'es'],
  origin: 'https://testville.example',
  senderName: 'Testville',
  alertUrl: (locale: string, slug: string) => `https://testville.example/${locale}/alerts/${slug}`,
}

function xsdErrors(xml: string): string {
  const file = path.join(ctx.dir, `cap-${Date.now()}-${Math.random()}.xml`)
  fs.writeFileSync(file, xml)
  const xsd = path.resolve(import.meta.dirname, '..', 'fixtures', 'standards', 'cap-1.2.xsd')
  const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' })
  return result.status === 0 ? '' : result.stderr || String(result.error)
}

describe('public alert reads and feeds', () => {
  const hoursFromNow = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString()

  it('leave out drafts, Test and Exercise, withdrawn and expired alerts', async () => {
    const live = await createAlert({ onset: hoursFromNow(-1), expires: hoursFromNow(4) })
    const hidden: Alert[] = []
    // One at a time: SQLite takes one writer.
    for (const [data, draft] of [
      [{ onset: hoursFromNow(-1) }, true],
      [{ onset: hoursFromNow(-1), status: 'Test' }, false],
      [{ onset: hoursFromNow(-1), status: 'Exercise' }, false],
      [{ onset: hoursFromNow(-1), withdrawn: true }, false],
      [{ onset: hoursFromNow(-3), expires: hoursFromNow(-1) }, false],
    ] as const) {
      hidden.push(await createAlert(data, draft))
    }
    const found = await findAlerts(payload, { locale: 'en', since: new Date() })
    const ids = found.map((alert) => alert.id)
    expect(ids).toContain(live.id)
    for (const alert of hidden) expect(ids).not.toContain(alert.id)

    const rss = buildAlertsRss(found, {
      origin: 'https://testville.example',
      locale: 'en',
      title: 'Testville: alerts',
      description: 'Alerts',
      alertUrl: (slug) => `https://testville.example/en/alerts/${slug}`,
      listUrl: 'https://testville.example/en/alerts',
      rssUrl: 'https://testville.example/en/alerts/rss.xml',
      atomUrl: 'https://testville.example/en/alerts/atom.xml',
      now: new Date(),
    })
    const items = [new XMLParser().parse(rss).rss.channel.item].flat()
    expect(items.map((item: { title: string }) => item.title)).toContain(live.headline)
    for (const alert of hidden) expect(rss).not.toContain(alert.slug)
  })

  it('serves schema-valid CAP for an update and a cancel, with both languages', async () => {
    const alert = await createAlert({
      area: {
        description: 'Old town',
        polygon: '39.47,-0.38 39.48,-0.37 39.46,-0.36 39.47,-0.38',
      },
    })
    await updateAlert(alert.id, { _status: 'published', ...spanish }, 'es')
    const update = await capDocumentFor(payload, alert.id, capOptions)
    expect(xsdErrors(update!)).toBe('')
    const parsed = new XMLParser().parse(update!).alert
    expect(parsed.msgType).toBe('Update')
    expect(parsed.info.map((info: { language: string }) => info.language)).toEqual(['en', 'es'])
    expect(parsed.references).toMatch(/^alerts@testville\.example,urn:uuid:[0-9a-f-]+,\S+\+00:00$/)

    await updateAlert(alert.id, { _status: 'published', withdrawn: true })
    const cancel = await capDocumentFor(payload, alert.id, capOptions)
    expect(xsdErrors(cancel!)).toBe('')
    const cancelled = new XMLParser().parse(cancel!).alert
    expect(cancelled.msgType).toBe('Cancel')
    expect(cancelled.references.split(' ')).toHaveLength(2)
  })

  it('serves no CAP for drafts or Test alerts, and only the written languages', async () => {
    const draft = await createAlert({}, true)
    const test = await createAlert({ status: 'Test' })
    expect(await capDocumentFor(payload, draft.id, capOptions)).toBeNull()
    expect(await capDocumentFor(payload, test.id, capOptions)).toBeNull()
    const englishOnly = await createAlert({})
    const xml = await capDocumentFor(payload, englishOnly.id, capOptions)
    expect(xsdErrors(xml!)).toBe('')
    expect(new XMLParser().parse(xml!).alert.info.language).toBe('en')
  })
})
