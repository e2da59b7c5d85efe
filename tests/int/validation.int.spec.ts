import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const noRevalidate = { disableRevalidate: true }

/** Runs a write that must be refused; returns the error text and checks nothing was written. */
async function refusedWrite(
  collection: 'services' | 'procedures' | 'media' | 'pages',
  write: () => Promise<unknown>,
): Promise<string> {
  const before = await payload.count({ collection, overrideAccess: true })
  let message = ''
  try {
    await write()
  } catch (error) {
    const data = (error as { data?: { errors?: { message: string }[] } }).data
    message = [(error as Error).message, ...(data?.errors ?? []).map((e) => e.message)].join(' | ')
  }
  const after = await payload.count({ collection, overrideAccess: true })
  expect(after.totalDocs).toBe(before.totalDocs)
  expect(message, 'the write should have been refused').not.toBe('')
  return message
}

function createService(data: Record<string, unknown>) {
  return payload.create({
    collection: 'services',
    data: data as never,
    overrideAccess: true,
    context: noRevalidate,
  })
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('service validation', () => {
  it('refuses opening hours that are not valid opening_hours syntax', async () => {
    const doc = sampleDoc('services') as { locations: Record<string, unknown>[] }
    doc.locations[0].openingHours = 'Mo-Fx 9 till late'
    const message = await refusedWrite('services', () =>
      createService({ ...doc, _status: 'published' }),
    )
    expect(message).toMatch(/opening_hours syntax/)
  })

  it('accepts valid opening hours including public holidays', async () => {
    const doc = sampleDoc('services') as { locations: Record<string, unknown>[] }
    doc.locations[0].openingHours = 'Mo-Fr 08:00-15:00; Th 16:00-19:00; PH off'
    const created = await createService({ ...doc, _status: 'published' })
    expect(created.locations?.[0].openingHours).toBe('Mo-Fr 08:00-15:00; Th 16:00-19:00; PH off')
  })

  it('refuses coordinates outside the globe', async () => {
    const doc = sampleDoc('services') as { locations: Record<string, unknown>[] }
    doc.locations[0].point = [-0.37, 123]
    const message = await refusedWrite('services', () =>
      createService({ ...doc, _status: 'published' }),
    )
    expect(message).toMatch(/Latitude/)
  })

  it('refuses a duplicate slug', async () => {
    const doc = sampleDoc('services')
    await createService({ ...doc, _status: 'published' })
    const message = await refusedWrite('services', () =>
      createService({ ...sampleDoc('services'), slug: doc.slug, _status: 'published' }),
    )
    expect(message.toLowerCase()).toMatch(/slug|unique/)
  })

  it('refuses a slug that is not lowercase words and hyphens', async () => {
    const message = await refusedWrite('services', () =>
      createService({ ...sampleDoc('services'), slug: 'Bad Slug/../x', _status: 'published' }),
    )
    expect(message).toMatch(/lowercase letters, digits and single hyphens/)
  })

  it('refuses missing required fields, also in drafts', async () => {
    const { title: _title, ...withoutTitle } = sampleDoc('services')
    const message = await refusedWrite('services', () =>
      payload.create({
        collection: 'services',
        data: { ...withoutTitle, _status: 'draft' } as never,
        draft: true,
        overrideAccess: true,
        context: noRevalidate,
      }),
    )
    expect(message.toLowerCase()).toMatch(/title/)
  })

  it('asks for a message when the service is limited or closed', async () => {
    const message = await refusedWrite('services', () =>
      createService({
        ...sampleDoc('services'),
        status: { state: 'closed' },
        _status: 'published',
      }),
    )
    expect(message).toMatch(/limited or closed/)
  })
})

describe('procedure e-office links', () => {
  it('refuses a transaction URL whose host is not on the allowlist, saying why', async () => {
    const doc = sampleDoc('procedures') as Record<string, unknown>
    const message = await refusedWrite('procedures', () =>
      payload.create({
        collection: 'procedures',
        data: {
          ...doc,
          online: {
            enabled: true,
            transactionPath: 'https://evil.example.net/pay',
            identification: 'none',
          },
          _status: 'published',
        } as never,
        overrideAccess: true,
        context: noRevalidate,
      }),
    )
    expect(message).toMatch(/evil\.example\.net.*not on the e-office allowlist/)
  })

  it('refuses a look-alike host and a non-https link', async () => {
    for (const transactionPath of [
      'https://eoffice.test.example.evil.net/x',
      'http://eoffice.test.example/x',
      'javascript:alert(1)',
    ]) {
      await refusedWrite('procedures', () =>
        payload.create({
          collection: 'procedures',
          data: {
            ...sampleDoc('procedures'),
            online: { enabled: true, transactionPath },
            _status: 'published',
          } as never,
          overrideAccess: true,
          context: noRevalidate,
        }),
      )
    }
  })

  it('accepts a path on the configured e-office', async () => {
    const created = await payload.create({
      collection: 'procedures',
      data: { ...sampleDoc('procedures'), _status: 'published' } as never,
      overrideAccess: true,
      context: noRevalidate,
    })
    expect(created.online?.transactionPath).toBe('/procedures/test')
  })

  it('refuses a next review date before the last review', async () => {
    const message = await refusedWrite('procedures', () =>
      payload.create({
        collection: 'procedures',
        data: {
          ...sampleDoc('procedures'),
          lastReviewed: '2026-05-01T00:00:00.000Z',
          nextReview: '2026-01-01T00:00:00.000Z',
          _status: 'published',
        } as never,
        overrideAccess: true,
        context: noRevalidate,
      }),
    )
    expect(message).toMatch(/after the last review/)
  })
})

describe('pages', () => {
  it('refuses a slug reserved for a section of the site', async () => {
    const message = await refusedWrite('pages', () =>
      payload.create({
        collection: 'pages',
        data: { title: 'Procedures', slug: 'procedures', _status: 'published' } as never,
        overrideAccess: true,
        context: noRevalidate,
      }),
    )
    expect(message).toMatch(/reserved/)
  })
})

describe('media uploads', () => {
  const png1x1 = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  )

  function upload(
    data: Buffer,
    name: string,
    mimetype: string,
    alt: string | undefined = 'An image',
  ) {
    return payload.create({
      collection: 'media',
      data: { alt } as never,
      file: { data, name, mimetype, size: data.length },
      overrideAccess: true,
    })
  }

  it('accepts a real PNG with alt text', async () => {
    const created = await upload(png1x1, 'dot.png', 'image/png')
    expect(created.mimeType).toBe('image/png')
  })

  it('requires alt text', async () => {
    const message = await refusedWrite('media', () => upload(png1x1, 'dot.png', 'image/png', ''))
    expect(message.toLowerCase()).toMatch(/alt/)
  })

  it('refuses SVG, which can carry scripts', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await refusedWrite('media', () => upload(svg, 'logo.svg', 'image/svg+xml'))
  })

  it('refuses HTML disguised as a PNG', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    await refusedWrite('media', () => upload(html, 'photo.png', 'image/png'))
  })

  it('refuses files over the size limit', async () => {
    const big = Buffer.concat([png1x1, Buffer.alloc(6 * 1024 * 1024)])
    await refusedWrite('media', () => upload(big, 'big.png', 'image/png'))
  })
})
