// The review workflow (collections/ReviewRequests): a contributor asks for a draft to be
// published, an editor approves (now or at a time) or sends it back with a comment. Every
// step is in the audit log and the editors are e-mailed through a real SMTP conversation
// with a local sink. Tried as an attacker would: a contributor deciding a request over REST
// (with and without ?draft=true), GraphQL and the Local API, or creating one already approved.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asUser } from '@/lib/db/asUser'
import { loadStaffDashboard } from '@/lib/dashboard/staffDashboard'
import { REVIEWABLE_COLLECTIONS } from '@/lib/review/reviewable'

import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type RouteServer,
} from '../helpers/routeServer'
import { sampleDoc } from '../helpers/sampleDocs'
import { startSmtpSink, type SmtpSink } from '../helpers/smtpSink'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

type Person = { id: number | string; email: string; collection: 'users' } & Record<string, unknown>
const PASSWORD = 'correct-horse-battery'
const quiet = { disableRevalidate: true, disableSearchSync: true }

let ctx: TestPayload
let payload: Payload
let server: RouteServer
let smtp: SmtpSink
const people = {} as Record<'admin' | 'editor' | 'contributor' | 'other', Person>
const tokens = new Map<Person, string>()

async function person(email: string, role: string): Promise<Person> {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role, name: email.split('@')[0] } as never,
    overrideAccess: true,
  })
  return {
    ...(user as unknown as Record<string, unknown>),
    id: user.id,
    email,
    collection: 'users',
  }
}

async function token(who: Person) {
  if (!tokens.has(who)) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: who.email, password: PASSWORD },
    })
    tokens.set(who, token!)
  }
  return tokens.get(who)!
}

async function rest(who: Person, method: string, path: string, body?: unknown) {
  return httpRequest(`${server.origin}/api${path}`, {
    method,
    headers: { authorization: `JWT ${await token(who)}`, connection: 'close' },
    body,
  })
}

async function graphql(who: Person, query: string) {
  return httpRequest(`${server.origin}/api/graphql`, {
    method: 'POST',
    headers: { authorization: `JWT ${await token(who)}`, connection: 'close' },
    body: { query },
  })
}

/** A contributor's draft page, as the admin saves it. */
async function draftPage(by: Person = people.contributor) {
  return payload.create(
    asUser(by as never, {
      collection: 'pages',
      data: { ...sampleDoc('pages'), _status: 'draft' } as never,
      draft: true,
      context: quiet,
    }),
  )
}

async function ask(pageId: number | string, by: Person = people.contributor, extra = {}) {
  return rest(by, 'POST', '/review-requests', {
    doc: { relationTo: 'pages', value: pageId },
    message: 'Please publish: the opening hours changed.',
    ...extra,
  })
}

const stored = (id: number | string) =>
  payload.findByID({ collection: 'review-requests', id, depth: 0, overrideAccess: true })

const isLive = async (pageId: number | string) => {
  const { docs } = await payload.find({
    collection: 'pages',
    where: { id: { equals: pageId } },
    overrideAccess: false,
    depth: 0,
  })
  return docs.length === 1
}

async function auditOf(action: string, documentId: number | string) {
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: {
      and: [{ action: { equals: action } }, { documentId: { equals: String(documentId) } }],
    },
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as { actor: string; detail?: string | null }[]
}

beforeAll(async () => {
  smtp = await startSmtpSink()
  process.env.PLAZA_SMTP_URL = smtp.url
  ctx = await startTestPayload()
  payload = ctx.payload
  people.admin = await person('admin@review.example', 'admin')
  people.editor = await person('editor@review.example', 'editor')
  people.contributor = await person('carla@review.example', 'contributor')
  people.other = await person('otto@review.example', 'contributor')
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
  await ctx?.cleanup()
  await smtp?.close()
  delete process.env.PLAZA_SMTP_URL
})

describe('review workflow', () => {
  it('covers every collection with drafts', () => {
    const drafted = payload.config.collections
      .filter((c) => c.versions?.drafts)
      .map((c) => c.slug)
      .sort()
    expect([...REVIEWABLE_COLLECTIONS].sort()).toEqual(drafted)
  })

  it('contributor asks, editors are e-mailed, editor approves: the page goes live, every step audited', async () => {
    const page = await draftPage()
    const asked = await ask(page.id)
    expect(asked.status, asked.text).toBe(201)
    const request = await stored(asked.json().doc.id)
    expect(request).toMatchObject({
      status: 'pending',
      requestedBy: people.contributor.id,
      title: page.title,
    })
    expect(request.versionId).toBeTruthy()
    expect(await auditOf('review-request', page.id)).toEqual([
      expect.objectContaining({ actor: people.contributor.email }),
    ])

    const mail = await smtp.waitFor((m) => m.raw.includes(String(page.title)))
    expect(mail.to.sort()).toEqual([people.admin.email, people.editor.email].sort())
    expect(mail.raw).toMatch(/Subject: Ready for review/)
    expect(mail.raw).toContain(`/admin/collections/pages/${page.id}`)

    // The editor's dashboard lists it; the contributor's too (their own request).
    const editorView = await loadStaffDashboard(payload, people.editor as never)
    const queue = editorView.find((s) => s.key === 'pendingReviews')!
    expect(queue.items.map((i) => i.href)).toContain(`/admin/collections/pages/${page.id}`)

    expect(await isLive(page.id)).toBe(false)
    const approved = await rest(people.editor, 'PATCH', `/review-requests/${request.id}`, {
      status: 'approved',
      decision: 'publish',
    })
    expect(approved.status, approved.text).toBe(200)
    expect(await isLive(page.id)).toBe(true)
    const after = await stored(request.id)
    expect(after).toMatchObject({ status: 'approved', decidedBy: people.editor.id })

    // In the page's history: a published version, newest.
    const { docs: versions } = await payload.findVersions({
      collection: 'pages',
      where: { parent: { equals: page.id } },
      sort: '-updatedAt',
      depth: 0,
    })
    expect(versions[0].version._status).toBe('published')
    expect(await auditOf('review-approve', page.id)).toEqual([
      expect.objectContaining({ actor: people.editor.email, detail: 'publish now' }),
    ])
    expect((await auditOf('publish', page.id)).length).toBe(1)

    // Decided once: neither approving again nor reopening changes anything.
    const again = await rest(people.editor, 'PATCH', `/review-requests/${request.id}`, {
      status: 'returned',
      comment: 'no',
    })
    expect(again.status).toBe(400)
  })

  it('editor sends back with a comment; only the asking contributor reads it', async () => {
    const page = await draftPage()
    // The contributor has the document open (the admin holds a lock in their name); asking
    // ends their work on it, so the editor is not locked out.
    const locks = () =>
      payload.count({
        collection: 'payload-locked-documents',
        where: { 'document.value': { equals: page.id } },
        overrideAccess: true,
      })
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'pages', value: page.id },
        user: { relationTo: 'users', value: people.contributor.id },
      } as never,
      overrideAccess: true,
    })
    const request = (await ask(page.id)).json().doc
    expect((await locks()).totalDocs).toBe(0)
    const noComment = await rest(people.editor, 'PATCH', `/review-requests/${request.id}`, {
      status: 'returned',
    })
    expect(noComment.status).toBe(400)
    const back = await rest(people.editor, 'PATCH', `/review-requests/${request.id}`, {
      status: 'returned',
      comment: 'Add the new phone number first.',
    })
    expect(back.status, back.text).toBe(200)
    const seen = await rest(people.contributor, 'GET', `/review-requests/${request.id}`)
    expect(seen.status).toBe(200)
    expect(seen.json()).toMatchObject({
      status: 'returned',
      comment: 'Add the new phone number first.',
    })
    const stranger = await rest(people.other, 'GET', `/review-requests/${request.id}`)
    expect(stranger.status).toBe(404)
    expect(await isLive(page.id)).toBe(false)
    expect(await auditOf('review-return', page.id)).toEqual([
      expect.objectContaining({ detail: 'Add the new phone number first.' }),
    ])
  })

  it('a contributor cannot approve their own request by REST, GraphQL or the Local API', async () => {
    const page = await draftPage()
    const request = (await ask(page.id)).json().doc
    const approve = { status: 'approved', decision: 'publish' }
    for (const path of [
      `/review-requests/${request.id}`,
      `/review-requests/${request.id}?draft=true`,
      `/review-requests?where[id][equals]=${request.id}`,
      `/review-requests?where[id][equals]=${request.id}&draft=true`,
    ]) {
      const answer = await rest(people.contributor, 'PATCH', path, approve)
      expect(answer.status, `${path}: ${answer.text}`).toBeGreaterThanOrEqual(400)
    }
    const gql = await graphql(
      people.contributor,
      `mutation { updateReviewRequest(id: ${request.id}, data: { status: approved, decision: publish }) { id status } }`,
    )
    expect(String(gql.json().errors?.[0]?.message)).toMatch(/not allowed/i)
    const gqlDraft = await graphql(
      people.contributor,
      `mutation { updateReviewRequest(id: ${request.id}, draft: true, data: { status: approved, decision: publish }) { id status } }`,
    )
    expect(gqlDraft.json().errors?.length ?? 0).toBeGreaterThan(0)
    await expect(
      payload.update(
        asUser(people.contributor as never, {
          collection: 'review-requests',
          id: request.id,
          data: approve as never,
        }),
      ),
    ).rejects.toThrow(/not allowed/i)
    // Even a Local API call that forgets overrideAccess: false.
    await expect(
      payload.update({
        collection: 'review-requests',
        id: request.id,
        data: approve as never,
        user: people.contributor as never,
      }),
    ).rejects.toThrow(/not allowed/i)
    await expect(
      rest(people.contributor, 'DELETE', `/review-requests/${request.id}`).then((a) => a.status),
    ).resolves.toBeGreaterThanOrEqual(400)
    expect((await stored(request.id)).status).toBe('pending')
    expect(await isLive(page.id)).toBe(false)
  })

  it('a request is created pending, by its real asker, whatever the request body says', async () => {
    const page = await draftPage()
    const forged = await ask(page.id, people.contributor, {
      status: 'approved',
      decision: 'publish',
      requestedBy: people.other.id,
      decidedBy: people.editor.id,
      versionId: 'forged',
    })
    expect(forged.status, forged.text).toBe(201)
    const created = await stored(forged.json().doc.id)
    expect(created).toMatchObject({
      status: 'pending',
      requestedBy: people.contributor.id,
      decision: null,
      decidedBy: null,
    })
    expect(created.versionId).not.toBe('forged')
    expect(await isLive(page.id)).toBe(false)
    // One open request per document.
    expect((await ask(page.id)).status).toBe(400)
  })

  it('refuses requests about documents one cannot read or that have no drafts', async () => {
    const editorsDraft = await payload.create({
      collection: 'pages',
      data: { ...sampleDoc('pages'), _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
      context: quiet,
    })
    // Contributors read drafts (staff), so a missing document stands for "cannot read".
    expect((await ask(999_999)).status).toBe(400)
    const wrongKind = await rest(people.contributor, 'POST', '/review-requests', {
      doc: { relationTo: 'users', value: people.admin.id },
      message: 'x',
    })
    expect(wrongKind.status).toBe(400)
    expect((await ask(editorsDraft.id, people.contributor, { message: '   ' })).status).toBe(400)
  })

  it('refuses to approve a draft changed after the request', async () => {
    const page = await draftPage()
    const request = (await ask(page.id)).json().doc
    await payload.update(
      asUser(people.contributor as never, {
        collection: 'pages',
        id: page.id,
        data: { title: 'Changed after asking', _status: 'draft' } as never,
        draft: true,
        context: quiet,
      }),
    )
    const approve = await rest(people.editor, 'PATCH', `/review-requests/${request.id}`, {
      status: 'approved',
      decision: 'publish',
    })
    expect(approve.status).toBe(400)
    expect(approve.text).toMatch(/changed after the request/)
    expect(await isLive(page.id)).toBe(false)
  })

  it('approve and schedule: queues the publish at that time, as the editor', async () => {
    const page = await draftPage()
    const request = (await ask(page.id)).json().doc
    const past = await rest(people.editor, 'PATCH', `/review-requests/${request.id}`, {
      status: 'approved',
      decision: 'schedule',
      publishAt: new Date(Date.now() - 60_000).toISOString(),
    })
    expect(past.status).toBe(400)
    const at = new Date(Date.now() + 3_600_000).toISOString()
    const scheduled = await rest(people.editor, 'PATCH', `/review-requests/${request.id}`, {
      status: 'approved',
      decision: 'schedule',
      publishAt: at,
    })
    expect(scheduled.status, scheduled.text).toBe(200)
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'schedulePublish' } },
          { 'input.doc.value': { equals: page.id } },
        ],
      },
      overrideAccess: true,
    })
    expect(jobs).toHaveLength(1)
    expect(new Date(String(jobs[0].waitUntil)).toISOString()).toBe(at)
    expect(await isLive(page.id)).toBe(false)
    expect((await auditOf('schedule', page.id)).length).toBe(1)
    const dashboard = await loadStaffDashboard(payload, people.editor as never)
    expect(dashboard.find((s) => s.key === 'scheduled')!.items.map((i) => i.href)).toContain(
      `/admin/collections/pages/${page.id}`,
    )
    // Contributors do not see the jobs queue at all.
    const theirs = await loadStaffDashboard(payload, people.contributor as never)
    expect(theirs.map((s) => s.key)).not.toContain('scheduled')
  })

  it('the dashboard lists review dates, live and expiring alerts, failed jobs, broken links and live transit feeds, each linking to its document', async () => {
    const day = 24 * 60 * 60 * 1000
    const write = { overrideAccess: true, context: quiet } as const
    const overdue = await payload.create({
      collection: 'procedures',
      data: {
        ...sampleDoc('procedures'),
        _status: 'published',
        nextReview: new Date(Date.now() - day).toISOString(),
      } as never,
      ...write,
    })
    const farOff = await payload.create({
      collection: 'services',
      data: {
        ...sampleDoc('services'),
        _status: 'published',
        nextReview: new Date(Date.now() + 365 * day).toISOString(),
      } as never,
      ...write,
    })
    const expiring = await payload.create({
      collection: 'alerts',
      data: {
        ...sampleDoc('alerts'),
        _status: 'published',
        onset: new Date(Date.now() - 3_600_000).toISOString(),
        expires: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      } as never,
      ...write,
    })
    const failed = await payload.db.create({
      collection: 'payload-jobs',
      data: { taskSlug: 'searchSync', hasError: true, error: { message: 'Algolia said no' } },
    })
    const broken = await payload.create({
      collection: 'link-checks',
      data: {
        url: 'https://gone.example.org/form',
        status: 'broken',
        httpStatus: 404,
        checkedAt: new Date().toISOString(),
        usedBy: [{ collection: 'procedures', id: overdue.id, title: 'Overdue procedure' }],
      } as never,
      ...write,
    })
    await payload.updateGlobal({
      slug: 'transit-realtime',
      data: {
        tripUpdates: {
          lastSuccessAt: new Date(Date.now() - 600_000).toISOString(),
          lastErrorAt: new Date().toISOString(),
          lastError: 'HTTP 503 from the operator',
        },
        serviceAlerts: { lastSuccessAt: new Date().toISOString() },
      } as never,
      ...write,
    })
    const sections = Object.fromEntries(
      (await loadStaffDashboard(payload, people.editor as never)).map((s) => [s.key, s]),
    )
    const hrefs = (key: string) => sections[key].items.map((i) => i.href)
    expect(hrefs('reviewDates')).toContain(`/admin/collections/procedures/${overdue.id}`)
    expect(hrefs('reviewDates')).not.toContain(`/admin/collections/services/${farOff.id}`)
    expect(sections.reviewDates.items.find((i) => i.href.endsWith(`/${overdue.id}`))?.warn).toBe(
      true,
    )
    expect(hrefs('alertsLive')).toContain(`/admin/collections/alerts/${expiring.id}`)
    expect(hrefs('alertsExpiring')).toContain(`/admin/collections/alerts/${expiring.id}`)
    expect(hrefs('failedJobs')).toContain(`/admin/collections/payload-jobs/${failed.id}`)
    expect(sections.failedJobs.items[0].detail).toMatch(/Algolia said no/)
    // A broken link leads to the document that uses it.
    expect(sections.brokenLinks.noData).toBeUndefined()
    const brokenItem = sections.brokenLinks.items.find(
      (i) => i.label === 'https://gone.example.org/form',
    )
    expect(brokenItem?.href).toBe(`/admin/collections/procedures/${overdue.id}`)
    expect(broken.id).toBeDefined()
    // Live departures: a feed whose last fetch failed is a warning with its error; a working
    // one says when it last worked; a feed never configured is not listed.
    const realtime = sections.transitFeed.items.filter((i) => i.label.startsWith('GTFS-Realtime'))
    expect(realtime.map((i) => [i.label, i.detail, i.warn])).toEqual([
      ['GTFS-Realtime: tripUpdates', 'HTTP 503 from the operator', true],
      ['GTFS-Realtime: serviceAlerts', 'realtimeWorking', false],
    ])
  })
})
