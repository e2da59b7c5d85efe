// The link health job end to end: published content on a real database links to real local
// servers (200, 404, 500, no answer, redirect loop, redirect to a private address); the
// queued job checks them and records one `link-checks` document per URL with the pages that
// use it. Only staff read the results, over REST, GraphQL and the Local API; nobody writes.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHECK_LINKS_TASK } from '@/lib/links/linkHealthTask'

import { startLinkTarget, type LinkTarget } from '../helpers/linkTargets'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type RouteServer,
} from '../helpers/routeServer'
import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let target: LinkTarget
let server: RouteServer
const tokens = {} as Record<'admin' | 'editor' | 'contributor', string>
const noSideEffects = { disableRevalidate: true, disableSearchSync: true }

const link = (url: string) => ({
  type: 'link',
  version: 3,
  fields: { url, linkType: 'custom', newTab: false },
  children: [{ type: 'text', text: 'the city’s form', version: 1 }],
})
const body = (...urls: string[]) => ({
  root: {
    type: 'root',
    version: 1,
    children: [{ type: 'paragraph', version: 1, children: urls.map(link) }],
  },
})

type Check = {
  url: string
  status: string
  httpStatus: number | null
  finalUrl: string | null
  error: string | null
  usedBy: { collection: string; id: string; title: string; path: string | null }[]
}

async function checks(): Promise<Map<string, Check>> {
  const { docs } = await payload.find({
    collection: 'link-checks',
    pagination: false,
    depth: 0,
  })
  return new Map((docs as unknown as Check[]).map((doc) => [doc.url, doc]))
}

async function runJob() {
  await payload.jobs.queue({ task: CHECK_LINKS_TASK, input: {} } as never)
  await payload.jobs.run({ queue: 'default' })
}

beforeAll(async () => {
  process.env.PLAZA_LINKCHECK_ALLOW_LOCAL = '1'
  process.env.PLAZA_LINKCHECK_HOST_INTERVAL_MS = '0'
  // Long enough for a busy machine's quick answers; /slow never answers.
  process.env.PLAZA_LINKCHECK_TIMEOUT_MS = '3000'
  ctx = await startTestPayload()
  payload = ctx.payload
  target = await startLinkTarget()
  const t = target.origin
  // The e-office lives on the local server, so the Start online link is checked there.
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { eOffice: { baseUrl: t, allowedHosts: [{ host: '127.0.0.1' }] } },
    context: noSideEffects,
  })
  await payload.create({
    collection: 'procedures',
    data: {
      ...sampleDoc('procedures'),
      title: 'Register as a resident',
      slug: 'register',
      online: { enabled: true, transactionPath: '/ok', identification: 'none' },
      body: body(`${t}/missing`),
      legalBasis: [{ title: 'Bylaw', url: `${t}/error` }],
      _status: 'published',
    } as never,
    context: noSideEffects,
  })
  await payload.create({
    collection: 'pages',
    data: {
      title: 'Links',
      slug: 'links',
      body: body(`${t}/slow`, `${t}/loop-a`, `${t}/to-private`, `${t}/missing`),
      _status: 'published',
    } as never,
    context: noSideEffects,
  })
  await payload.create({
    collection: 'pages',
    data: {
      title: 'Draft',
      slug: 'draft',
      body: body(`${t}/moved?draft`),
      _status: 'draft',
    } as never,
    draft: true,
    context: noSideEffects,
  })
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const email = `${role}@links.example`
    await payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery', role },
      overrideAccess: true,
    })
    const login = await payload.login({
      collection: 'users',
      data: { email, password: 'correct-horse-battery' },
    })
    tokens[role] = login.token!
  }
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
  await target?.close()
  await ctx?.cleanup()
  delete process.env.PLAZA_LINKCHECK_ALLOW_LOCAL
  delete process.env.PLAZA_LINKCHECK_HOST_INTERVAL_MS
  delete process.env.PLAZA_LINKCHECK_TIMEOUT_MS
})

describe('link health job', () => {
  it('records each published link once, with its status and the documents using it', async () => {
    await runJob()
    const t = target.origin
    const found = await checks()
    expect([...found.keys()].sort()).toEqual(
      ['/error', '/loop-a', '/missing', '/ok', '/slow', '/to-private'].map((p) => `${t}${p}`),
    )
    expect(found.get(`${t}/ok`)).toMatchObject({ status: 'ok', httpStatus: 200 })
    expect(found.get(`${t}/error`)).toMatchObject({ status: 'broken', httpStatus: 500 })
    expect(found.get(`${t}/slow`)).toMatchObject({ status: 'timeout', httpStatus: null })
    expect(found.get(`${t}/loop-a`)).toMatchObject({ status: 'broken', error: 'redirect loop' })
    expect(found.get(`${t}/to-private`)).toMatchObject({ status: 'blocked' })
    const missing = found.get(`${t}/missing`)!
    expect(missing).toMatchObject({ status: 'broken', httpStatus: 404 })
    expect(missing.usedBy.map((use) => [use.collection, use.title, use.path]).sort()).toEqual([
      ['pages', 'Links', '/links'],
      ['procedures', 'Register as a resident', '/procedures/register'],
    ])
    // The draft's link was never requested.
    expect(found.has(`${t}/moved?draft`)).toBe(false)
  })

  it('updates results in place and forgets links no published document carries', async () => {
    const before = await checks()
    const { docs } = await payload.find({
      collection: 'pages',
      where: { slug: { equals: 'links' } },
    })
    await payload.update({
      collection: 'pages',
      id: docs[0].id,
      data: { body: body(`${target.origin}/moved`) } as never,
      context: noSideEffects,
    })
    await runJob()
    const after = await checks()
    const t = target.origin
    expect(after.get(`${t}/moved`)).toMatchObject({ status: 'redirect', finalUrl: `${t}/ok` })
    expect(after.has(`${t}/slow`)).toBe(false)
    expect(after.get(`${t}/missing`)!.usedBy.map((use) => use.collection)).toEqual(['procedures'])
    expect((after.get(`${t}/ok`) as unknown as { id: number }).id).toBe(
      (before.get(`${t}/ok`) as unknown as { id: number }).id,
    )
  })
})

describe('who may read and write link checks', () => {
  const auth = (role?: keyof typeof tokens) =>
    role ? { authorization: `JWT ${tokens[role]}` } : ({} as Record<string, string>)

  it('REST: staff read, anonymous is refused, nobody writes', async () => {
    const anonymous = await httpRequest(`${server.origin}/api/link-checks`)
    expect(anonymous.status).toBe(403)
    for (const role of ['contributor', 'editor', 'admin'] as const) {
      const read = await httpRequest(`${server.origin}/api/link-checks`, { headers: auth(role) })
      expect(read.status).toBe(200)
      expect(read.json().totalDocs).toBeGreaterThan(0)
      const create = await httpRequest(`${server.origin}/api/link-checks`, {
        method: 'POST',
        headers: auth(role),
        body: { url: 'https://evil.example/', status: 'ok', checkedAt: new Date().toISOString() },
      })
      expect(create.status).toBe(403)
    }
    const [first] = [...(await checks()).values()] as unknown as { id: number }[]
    const patch = await httpRequest(`${server.origin}/api/link-checks/${first.id}`, {
      method: 'PATCH',
      headers: auth('admin'),
      body: { status: 'ok' },
    })
    expect(patch.status).toBe(403)
    const remove = await httpRequest(`${server.origin}/api/link-checks/${first.id}`, {
      method: 'DELETE',
      headers: auth('admin'),
    })
    expect(remove.status).toBe(403)
  })

  it('GraphQL: staff read, anonymous is refused, nobody writes', async () => {
    const graphql = (query: string, role?: keyof typeof tokens) =>
      httpRequest(`${server.origin}/api/graphql`, {
        method: 'POST',
        headers: auth(role),
        body: { query },
      })
    const read = '{ LinkChecks { totalDocs docs { url status usedBy } } }'
    const anonymous = (await graphql(read)).json()
    expect(anonymous.errors?.[0]?.message).toMatch(/not allowed/i)
    const editor = (await graphql(read, 'editor')).json()
    expect(editor.errors).toBeUndefined()
    expect(editor.data.LinkChecks.totalDocs).toBeGreaterThan(0)
    const create = (
      await graphql(
        'mutation { createLinkCheck(data: { url: "https://evil.example/", status: ok, checkedAt: "2026-01-01T00:00:00Z" }) { id } }',
        'admin',
      )
    ).json()
    expect(create.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('Local API without overrideAccess: staff read, anonymous and everyone else write nothing', async () => {
    const { docs: users } = await payload.find({ collection: 'users', depth: 0 })
    const admin = { ...users.find((u) => u.role === 'admin')!, collection: 'users' as const }
    const contributor = {
      ...users.find((u) => u.role === 'contributor')!,
      collection: 'users' as const,
    }
    const read = await payload.find({
      collection: 'link-checks',
      overrideAccess: false,
      user: contributor,
    })
    expect(read.totalDocs).toBeGreaterThan(0)
    await expect(
      payload.find({ collection: 'link-checks', overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'link-checks',
        data: { url: 'https://evil.example/', status: 'ok', checkedAt: new Date().toISOString() },
        overrideAccess: false,
        user: admin,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
