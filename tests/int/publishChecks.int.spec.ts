// Checks before publishing, on a real database: a publish with a clear accessibility
// problem is refused with a message per problem, over the Local API and REST, and the draft
// is kept as it was; warnings hold a publish from the editor's form until an editor chooses
// "publish anyway"; missing translations are warnings.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type RouteServer,
} from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let server: RouteServer
let editor: Record<string, unknown>
let token: string
const context = { disableRevalidate: true, disableSearchSync: true }

const text = (value: string) => ({ type: 'text', text: value, version: 1 })
const node = (type: string, children: unknown[], extra = {}) => ({
  type,
  version: 1,
  children,
  ...extra,
})
const link = (value: string) =>
  node('link', value ? [text(value)] : [], {
    fields: { url: 'https://example.org/permits', linkType: 'custom', newTab: false },
  })
const body = (...children: unknown[]) => ({ root: node('root', children) })
const goodBody = body(node('heading', [text('How to apply')], { tag: 'h2' }))
const badBody = body(
  node('heading', [text('Fees')], { tag: 'h4' }),
  node('paragraph', [text('Apply '), link('')]),
)

async function draftPage(slug: string, data: Record<string, unknown> = {}) {
  const page = await payload.create({
    collection: 'pages',
    data: { title: `Page ${slug}`, slug, body: goodBody, _status: 'draft', ...data } as never,
    draft: true,
    context,
  })
  // Both site languages, so only what a test adds is wrong.
  await payload.update({
    collection: 'pages',
    id: page.id,
    locale: 'es',
    data: { title: `Página ${slug}`, _status: 'draft' } as never,
    draft: true,
    context,
  })
  return page.id
}

const asEditor = () => ({
  overrideAccess: false,
  user: { ...editor, collection: 'users' as const } as never,
  context: { ...context },
})

async function refusal(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    const { status, data } = error as { status?: number; data?: { errors?: unknown[] } }
    return { status, errors: (data?.errors ?? []) as { path: string; message: string }[] }
  }
  return null
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  editor = (await payload.create({
    collection: 'users',
    data: { email: 'editor@checks.example', password: 'correct-horse-battery', role: 'editor' },
    overrideAccess: true,
  })) as never
  token = (
    await payload.login({
      collection: 'users',
      data: { email: 'editor@checks.example', password: 'correct-horse-battery' },
    })
  ).token!
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
})

describe('publishing checks', () => {
  it('refuses to publish a skipped heading and an empty link, and keeps the draft', async () => {
    const id = await draftPage('bad', { body: badBody })
    const refused = await refusal(
      payload.update({
        collection: 'pages',
        id,
        data: { _status: 'published', summary: 'Changed while publishing.' } as never,
        ...asEditor(),
      }),
    )
    expect(refused?.status).toBe(400)
    expect(refused?.errors.map((e) => e.path)).toEqual(['body', 'body'])
    expect(refused?.errors[0].message).toMatch(/level 4 after level 1/)
    expect(refused?.errors[1].message).toMatch(/link has no text/)
    // Nothing went live; the draft is the one saved before, intact.
    const live = await payload.find({
      collection: 'pages',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    })
    expect(live.totalDocs).toBe(0)
    const draft = await payload.findByID({ collection: 'pages', id, draft: true })
    expect(draft._status).toBe('draft')
    expect(draft.body).toMatchObject(badBody)
    // What the editor typed can still be saved as a draft (no checks on drafts).
    const saved = await payload.update({
      collection: 'pages',
      id,
      data: { _status: 'draft', summary: 'Changed while publishing.' } as never,
      draft: true,
      ...asEditor(),
    })
    expect(saved.summary).toBe('Changed while publishing.')
  })

  it('answers a REST publish with a 400 that names the problems', async () => {
    const id = await draftPage('bad-rest', { body: badBody })
    const answer = await httpRequest(`${server.origin}/api/pages/${id}`, {
      method: 'PATCH',
      headers: { authorization: `JWT ${token}` },
      body: { _status: 'published' },
    })
    expect(answer.status).toBe(400)
    const messages = JSON.stringify(answer.json())
    expect(messages).toContain('link has no text')
    expect(messages).toContain('level 4')
    const draft = await payload.findByID({ collection: 'pages', id, draft: true })
    expect(draft._status).toBe('draft')
  })

  it('publishes once the problems are fixed', async () => {
    const id = await draftPage('fixed', { body: badBody })
    const page = await payload.update({
      collection: 'pages',
      id,
      data: { _status: 'published', body: goodBody } as never,
      ...asEditor(),
    })
    expect(page._status).toBe('published')
  })

  it('holds warnings from the editor’s form until an editor publishes anyway', async () => {
    const id = await draftPage('vague', {
      body: body(node('paragraph', [text('For permits, '), link('click here')])),
    })
    const held = await refusal(
      payload.update({
        collection: 'pages',
        id,
        data: { _status: 'published', publishAnyway: false } as never,
        ...asEditor(),
      }),
    )
    expect(held?.status).toBe(400)
    expect(held?.errors[0].message).toMatch(/“click here” does not say where it leads/)
    const page = await payload.update({
      collection: 'pages',
      id,
      data: { _status: 'published', publishAnyway: true } as never,
      ...asEditor(),
    })
    expect(page._status).toBe('published')
  })

  it('warns about a required field missing in another site language', async () => {
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Only in English', slug: 'english-only', _status: 'draft' } as never,
      draft: true,
      context,
    })
    const held = await refusal(
      payload.update({
        collection: 'pages',
        id: page.id,
        data: { _status: 'published', publishAnyway: false } as never,
        ...asEditor(),
      }),
    )
    expect(held?.errors).toMatchObject([{ path: 'title' }])
    expect(held?.errors[0].message).toMatch(/no Español version/)
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'es',
      data: { title: 'Solo en inglés', _status: 'draft' } as never,
      draft: true,
      context,
    })
    const published = await payload.update({
      collection: 'pages',
      id: page.id,
      data: { _status: 'published', publishAnyway: false } as never,
      ...asEditor(),
    })
    expect(published._status).toBe('published')
  })

  it('publishes what the editor wrote: the checks leave the save in its own language', async () => {
    const id = await draftPage('kept-language')
    const published = await payload.update({
      collection: 'pages',
      id,
      data: { title: 'Edited title', _status: 'published' } as never,
      ...asEditor(),
    })
    expect(published.title).toBe('Edited title')
    const stored = (await payload.findByID({
      collection: 'pages',
      id,
      locale: 'all',
      depth: 0,
      context,
    })) as unknown as { title: Record<string, string> }
    expect(stored.title).toEqual({ en: 'Edited title', es: 'Página kept-language' })
  })
})
