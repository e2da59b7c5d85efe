// The audit log (docs/SECURITY.md): each event type is written with who, what and when,
// through the real REST handler (Payload's handleEndpoints, the same code the Next route
// runs) where the event only happens over HTTP; nobody but admins reads the log and nobody
// writes it through the API. Refusals of anonymous clients are counted per client and hour,
// not written one row each, and entries past the retention period are deleted by a job
// (docs/SECURITY.md).
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashAddress, REFUSAL_PERIOD_MS, writeAudit } from '@/lib/audit/auditLog'
import { PRUNE_AUDIT_LOG_TASK } from '@/lib/audit/retention'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const PASSWORD = 'correct-horse-battery'
const CLIENT_IP = '203.0.113.7'
const users = {} as Record<
  'admin' | 'editor' | 'contributor',
  { id: number | string; email: string }
>

// These requests reach Payload's handler directly, as if through one reverse proxy that
// wrote the client's address into X-Forwarded-For (PLAZA_TRUSTED_PROXIES=1).
async function rest(
  method: string,
  path: string,
  { token, body, client = CLIENT_IP }: { token?: string; body?: unknown; client?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'x-forwarded-for': client }
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
  count?: number | null
  lastAt?: string | null
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
  process.env.PLAZA_TRUSTED_PROXIES = '1'
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
  delete process.env.PLAZA_TRUSTED_PROXIES
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

describe('audit log flooding and retention (line 24)', () => {
  const rowsOf = async (action: string, client: string, actor = 'anonymous') =>
    (
      await payload.find({
        collection: 'audit-log',
        where: {
          action: { equals: action },
          actor: { equals: actor },
          ipHash: { equals: hashAddress(client, payload.secret) },
        },
        depth: 0,
        limit: 100,
      })
    ).docs as unknown as Entry[]

  it("counts an anonymous client's refusals in one row per hour instead of one row each", async () => {
    const flooder = '198.51.100.10'
    const before = (await payload.count({ collection: 'audit-log' })).totalDocs
    for (let i = 0; i < 30; i++) {
      const answer = await rest('POST', '/services', {
        body: { title: `Flood ${i}` },
        client: flooder,
      })
      expect(answer.status).toBe(403)
    }
    // In parallel too: still one row, every refusal counted.
    const parallel = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rest('DELETE', `/topics/${i + 1000}`, { client: flooder }),
      ),
    )
    expect(parallel.every((answer) => [403, 404].includes(answer.status))).toBe(true)
    const refused = 30 + parallel.filter((answer) => answer.status === 403).length
    const rows = await rowsOf('access-denied', flooder)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ count: refused, status: 403, collectionSlug: 'services' })
    expect(Date.parse(rows[0].lastAt!)).toBeGreaterThanOrEqual(Date.parse(rows[0].createdAt))
    expect((await payload.count({ collection: 'audit-log' })).totalDocs - before).toBe(1)

    // Another client has its own row.
    expect((await rest('POST', '/services', { body: {}, client: '198.51.100.11' })).status).toBe(
      403,
    )
    expect(await rowsOf('access-denied', '198.51.100.11')).toMatchObject([{ count: 1 }])
  })

  it('counts failed logins per client and e-mail tried; signed-in refusals stay one row each', async () => {
    const guesser = '198.51.100.12'
    for (let i = 0; i < 4; i++) {
      const answer = await rest('POST', '/users/login', {
        body: { email: users.editor.email, password: `guess-${i}` },
        client: guesser,
      })
      expect(answer.status).toBe(401)
    }
    expect(await rowsOf('login-failed', guesser, users.editor.email)).toMatchObject([{ count: 4 }])
    const contributorToken = (await login(users.contributor.email)).json.token as string
    for (let i = 0; i < 3; i++) {
      const denied = await rest('POST', '/globals/site-settings', {
        token: contributorToken,
        body: { cityName: 'Nope' },
        client: guesser,
      })
      expect(denied.status).toBe(403)
    }
    const signedIn = await rowsOf('access-denied', guesser, users.contributor.email)
    expect(signedIn).toHaveLength(3)
  })

  it('starts a new row when the hour changes', async () => {
    const headers = new Headers({ 'x-forwarded-for': '198.51.100.13' })
    const hour = new Date(Math.floor(Date.now() / REFUSAL_PERIOD_MS) * REFUSAL_PERIOD_MS)
    const entry = { action: 'access-denied' as const, actor: 'anonymous', headers, status: 403 }
    await writeAudit(payload, entry, undefined, new Date(hour.getTime() + 1000))
    await writeAudit(payload, entry, undefined, new Date(hour.getTime() + 2000))
    await writeAudit(payload, entry, undefined, new Date(hour.getTime() + REFUSAL_PERIOD_MS + 1))
    const rows = await rowsOf('access-denied', '198.51.100.13')
    expect(rows.map((row) => row.count).sort()).toEqual([1, 2])
  })

  it('deletes entries older than the retention period in site settings, by a scheduled job', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings.auditLogRetentionDays).toBe(365)
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { auditLogRetentionDays: 30 },
      context: { disableRevalidate: true },
    })
    const make = async (daysAgo: number) => {
      const row = await payload.create({
        collection: 'audit-log',
        data: { action: 'login', actor: `retention-${daysAgo}` },
        overrideAccess: true,
      })
      const createdAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString()
      await payload.db.updateOne({ collection: 'audit-log', id: row.id, data: { createdAt } })
      return row.id
    }
    const old = [await make(31), await make(400)]
    const kept = [await make(29), await make(0)]
    // Payload's scheduler queues the task (as the site's autoRun cron does every hour).
    await payload.jobs.handleSchedules({ allQueues: true })
    const { docs: queued } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: PRUNE_AUDIT_LOG_TASK } },
      overrideAccess: true,
    })
    expect(queued.length).toBeGreaterThan(0)
    await payload.jobs.runByID({ id: queued[0].id })
    const left = await payload.find({
      collection: 'audit-log',
      where: { id: { in: [...old, ...kept] } },
      depth: 0,
    })
    expect(left.docs.map((d) => d.id).sort()).toEqual([...kept].sort())
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { auditLogRetentionDays: 365 },
      context: { disableRevalidate: true },
    })
  })

  it('refuses a retention period outside 1–3650 days', async () => {
    for (const days of [0, -5, 3651]) {
      await expect(
        payload.updateGlobal({
          slug: 'site-settings',
          data: { auditLogRetentionDays: days },
          context: { disableRevalidate: true },
        }),
      ).rejects.toMatchObject({ status: 400 })
    }
  })
})
