// The audit log (SECURITY.md line 19): each event type is written with who, what and when,
// through the real REST handler (Payload's handleEndpoints, the same code the Next route
// runs) where the event only happens over HTTP; nobody but admins reads the log and nobody
// writes it through the API.
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashAddress } from '@/lib/audit/auditLog'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const PASSWORD = 'correct-horse-battery'
const CLIENT_IP = '203.0.113.7'
const users = {} as Record<
  'admin' | 'editor' | 'contributor',
  { id: number | string; email: string }
>

async function rest(
  method: string,
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'x-forwarded-for': CLIENT_IP }
  if (token) headers.authorization = `JWT ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const response = await handleEndpoints({
    config: payload.config,
    payloadInstanceCacheKey: ctx.dir,
    request: new Request(`http://127.0.0.1/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  })
  const text = await response.text()
  return { status: response.status, json: text ? JSON.parse(text) : {} }
}

async function login(email: string, password = PASSWORD) {
  return rest('POST', '/users/login', { body: { email, password } })
}

type Entry = {
  action: string
  actor: string
  user?: number | string | null
  ipHash?: string | null
  collectionSlug?: string | null
  globalSlug?: string | null
  documentId?: string | null
  operation?: string | null
  status?: number | null
  createdAt: string
}

async function entries(action: string): Promise<Entry[]> {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { action: { equals: action } },
    sort: '-createdAt',
    depth: 0,
    limit: 100,
  })
  return docs as unknown as Entry[]
}

const recent = (entry: Entry, since: number) => {
  const at = Date.parse(entry.createdAt)
  return at >= since - 1000 && at <= Date.now() + 1000
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const email = `${role}@audit.example`
    const user = await payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, role },
      overrideAccess: true,
    })
    users[role] = { id: user.id, email }
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('audit log', () => {
  it('records a login and a logout with the user, the hashed client address and the time', async () => {
    const since = Date.now()
    const ok = await login(users.editor.email)
    expect(ok.status).toBe(200)
    const [entry] = await entries('login')
    expect(entry).toMatchObject({
      actor: users.editor.email,
      user: users.editor.id,
      collectionSlug: 'users',
      documentId: String(users.editor.id),
      ipHash: hashAddress(CLIENT_IP, payload.secret),
    })
    expect(entry.ipHash).not.toContain(CLIENT_IP)
    expect(recent(entry, since)).toBe(true)

    const out = await rest('POST', '/users/logout', { token: ok.json.token as string })
    expect(out.status).toBe(200)
    const [logout] = await entries('logout')
    expect(logout).toMatchObject({ actor: users.editor.email, user: users.editor.id })
    expect(recent(logout, since)).toBe(true)
  })

  it('records a failed login with the email tried, never the password', async () => {
    const since = Date.now()
    const failed = await login(users.contributor.email, 'wrong-password-123')
    expect(failed.status).toBe(401)
    const [entry] = await entries('login-failed')
    expect(entry).toMatchObject({
      actor: users.contributor.email,
      user: null,
      status: 401,
      collectionSlug: 'users',
      operation: 'POST /api/users/login',
    })
    expect(JSON.stringify(entry)).not.toContain('wrong-password-123')
    expect(recent(entry, since)).toBe(true)
  })

  it('records access denials over REST with the operation, anonymous or signed in', async () => {
    const since = Date.now()
    const anon = await rest('POST', '/services', { body: { title: 'Sneaky' } })
    expect(anon.status).toBe(403)
    const contributorToken = (await login(users.contributor.email)).json.token as string
    const denied = await rest('DELETE', `/users/${users.admin.id}`, { token: contributorToken })
    expect([403, 404]).toContain(denied.status)
    const rows = await entries('access-denied')
    const anonEntry = rows.find((e) => e.operation === 'POST /api/services')
    expect(anonEntry).toMatchObject({
      actor: 'anonymous',
      user: null,
      status: 403,
      collectionSlug: 'services',
    })
    expect(recent(anonEntry!, since)).toBe(true)
    if (denied.status === 403) {
      const userEntry = rows.find((e) => e.operation === `DELETE /api/users/${users.admin.id}`)
      expect(userEntry).toMatchObject({ actor: users.contributor.email, status: 403 })
    }
    const global = await rest('POST', '/globals/site-settings', {
      token: contributorToken,
      body: { cityName: 'Nope' },
    })
    expect(global.status).toBe(403)
    const globalEntry = (await entries('access-denied')).find(
      (e) => e.operation === 'POST /api/globals/site-settings',
    )
    expect(globalEntry).toMatchObject({
      actor: users.contributor.email,
      globalSlug: 'site-settings',
    })
  })

  it('records publish, unpublish and delete with the editor and the document', async () => {
    const editor = { ...users.editor, collection: 'users' as const, role: 'editor' as const }
    const as = { overrideAccess: false, user: editor, context: { disableRevalidate: true } }
    const draft = await payload.create({
      collection: 'topics',
      data: { title: 'Harbour works', slug: 'harbour-works', _status: 'draft' },
      ...as,
    } as never)
    expect((await entries('publish')).some((e) => e.documentId === String(draft.id))).toBe(false)

    await payload.update({
      collection: 'topics',
      id: draft.id,
      data: { _status: 'published' },
      ...as,
    } as never)
    const [published] = await entries('publish')
    expect(published).toMatchObject({
      actor: users.editor.email,
      user: users.editor.id,
      collectionSlug: 'topics',
      documentId: String(draft.id),
    })

    // A draft saved on top of the published document is not an unpublish…
    await payload.update({
      collection: 'topics',
      id: draft.id,
      data: { title: 'Harbour works (draft)', _status: 'draft' },
      draft: true,
      ...as,
    } as never)
    expect((await entries('unpublish')).some((e) => e.documentId === String(draft.id))).toBe(false)
    // …taking it off the site is.
    await payload.update({
      collection: 'topics',
      id: draft.id,
      data: { _status: 'draft' },
      ...as,
    } as never)
    const [unpublished] = await entries('unpublish')
    expect(unpublished).toMatchObject({ actor: users.editor.email, documentId: String(draft.id) })

    await payload.delete({ collection: 'topics', id: draft.id, ...as } as never)
    const [deleted] = await entries('delete')
    expect(deleted).toMatchObject({
      actor: users.editor.email,
      user: users.editor.id,
      collectionSlug: 'topics',
      documentId: String(draft.id),
    })
  })

  it('lets only admins read the log, and nobody write it through the API', async () => {
    const admin = (await login(users.admin.email)).json.token as string
    const editor = (await login(users.editor.email)).json.token as string
    const list = await rest('GET', '/audit-log?limit=5', { token: admin })
    expect(list.status).toBe(200)
    expect((list.json.docs as unknown[]).length).toBeGreaterThan(0)
    const anyId = (list.json.docs as { id: number | string }[])[0].id

    for (const token of [editor, undefined]) {
      const read = await rest('GET', '/audit-log', { token })
      expect(read.status).toBe(403)
      const one = await rest('GET', `/audit-log/${anyId}`, { token })
      expect([403, 404]).toContain(one.status)
    }
    const before = (await payload.count({ collection: 'audit-log' })).totalDocs
    for (const token of [admin, editor, undefined]) {
      const created = await rest('POST', '/audit-log', {
        token,
        body: { action: 'login', actor: 'forged' },
      })
      expect(created.status).toBe(403)
      const updated = await rest('PATCH', `/audit-log/${anyId}`, {
        token,
        body: { actor: 'forged' },
      })
      expect(updated.status).toBe(403)
      const deleted = await rest('DELETE', `/audit-log/${anyId}`, { token })
      expect(deleted.status).toBe(403)
    }
    const forged = await payload.find({
      collection: 'audit-log',
      where: { actor: { equals: 'forged' } },
    })
    expect(forged.totalDocs).toBe(0)
    expect(await payload.findByID({ collection: 'audit-log', id: anyId, depth: 0 })).toBeTruthy()
    // The refusals themselves are in the log (9 writes + 4 reads), nothing else was removed.
    expect((await payload.count({ collection: 'audit-log' })).totalDocs).toBeGreaterThan(before)
    // Local API with overrideAccess: false follows the same rules.
    const editorUser = { ...users.editor, collection: 'users', role: 'editor' }
    await expect(
      payload.find({ collection: 'audit-log', overrideAccess: false, user: editorUser } as never),
    ).rejects.toMatchObject({ status: 403 })
  })
})
