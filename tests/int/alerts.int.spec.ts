import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
