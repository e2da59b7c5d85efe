import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asUser } from '@/lib/db/asUser'
import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

// Scheduled publish/unpublish goes through Payload's jobs queue (run every minute by the
// site process); here the queue is run directly.
let ctx: TestPayload
let payload: Payload
const ids: Record<string, number | string> = {}

async function schedule(
  type: 'publish' | 'unpublish',
  docId: number | string,
  userId: number | string,
  at: Date,
) {
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'services', value: docId },
      user: { relationTo: 'users', value: userId },
    },
    waitUntil: at,
  } as never)
}

/** A job written straight to the queue, as one queued before access was checked would be. */
async function queueDirectly(
  type: 'publish' | 'unpublish',
  docId: number | string,
  userId: number | string,
) {
  await payload.create({
    collection: 'payload-jobs',
    data: {
      taskSlug: 'schedulePublish',
      input: {
        type,
        doc: { relationTo: 'services', value: docId },
        user: { relationTo: 'users', value: userId },
      },
      waitUntil: new Date(Date.now() - 1000).toISOString(),
    } as never,
    overrideAccess: true,
  })
}

/** Scheduled publish/unpublish jobs for a service that have not run yet. */
async function scheduledJobs(docId: number | string) {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { 'input.doc.value': { equals: docId } },
        { completedAt: { exists: false } },
      ],
    },
    overrideAccess: true,
    depth: 0,
  })
  return jobs.docs as { id: number | string }[]
}

async function staffUser(role: 'editor' | 'contributor') {
  const user = await payload.findByID({ collection: 'users', id: ids[role]!, overrideAccess: true })
  return { ...user, collection: 'users' as const }
}

async function anonymousCanSee(docId: number | string): Promise<boolean> {
  const found = await payload.find({
    collection: 'services',
    where: { id: { equals: docId } },
    overrideAccess: false,
  })
  return found.totalDocs === 1
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  for (const role of ['editor', 'contributor']) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `${role}@test.example`,
        password: 'correct-horse-battery',
        role: role as 'editor',
      },
      overrideAccess: true,
    })
    ids[role] = user.id
  }
})

afterAll(async () => {
  await ctx?.cleanup()
})

const draftService = () =>
  payload.create({
    collection: 'services',
    data: { ...sampleDoc('services'), _status: 'draft' } as never,
    draft: true,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })

const publishedService = () =>
  payload.create({
    collection: 'services',
    data: { ...sampleDoc('services'), _status: 'published' } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, not before', async () => {
    const draft = await draftService()
    await schedule('publish', draft.id, ids.editor, new Date(Date.now() + 60 * 60 * 1000))
    await payload.jobs.run()
    expect(await anonymousCanSee(draft.id)).toBe(false)

    await schedule('publish', draft.id, ids.editor, new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await anonymousCanSee(draft.id)).toBe(true)

    await schedule('unpublish', draft.id, ids.editor, new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await anonymousCanSee(draft.id)).toBe(false)
  })

  it('does not let a contributor publish by scheduling', async () => {
    const draft = await draftService()
    await expect(
      schedule('publish', draft.id, ids.contributor, new Date(Date.now() - 1000)),
    ).rejects.toMatchObject({ status: 403 })
    // A job in a contributor's name that reached the queue anyway (e.g. queued before this
    // rule) runs as the contributor and is refused.
    await queueDirectly('publish', draft.id, ids.contributor)
    await payload.jobs.run()
    expect(await anonymousCanSee(draft.id)).toBe(false)
  })

  // docs/SECURITY.md: scheduling is publishing, so contributors neither schedule nor cancel.
  it('does not let a contributor unpublish by scheduling, even with a job already queued', async () => {
    const live = await publishedService()
    await expect(
      schedule('unpublish', live.id, ids.contributor, new Date(Date.now() - 1000)),
    ).rejects.toMatchObject({ status: 403 })
    await queueDirectly('unpublish', live.id, ids.contributor)
    await payload.jobs.run()
    expect(await anonymousCanSee(live.id)).toBe(true)
  })

  it('refuses a contributor’s schedule and cancel from the admin’s schedule drawer', async () => {
    const live = await publishedService()
    const asContributor = await createLocalReq({ user: await staffUser('contributor') }, payload)
    const drawer = await schedulePublishHandler({
      type: 'unpublish',
      date: new Date(Date.now() + 60 * 60 * 1000).toISOString(),
      doc: { relationTo: 'services', value: live.id },
      req: asContributor,
    } as never)
    expect(drawer).toHaveProperty('error')
    expect(await scheduledJobs(live.id)).toHaveLength(0)

    // An editor's scheduled unpublish cannot be cancelled by a contributor.
    await schedule('unpublish', live.id, ids.editor, new Date(Date.now() + 60 * 60 * 1000))
    const [job] = await scheduledJobs(live.id)
    const cancel = await schedulePublishHandler({
      deleteID: job!.id,
      req: await createLocalReq({ user: await staffUser('contributor') }, payload),
    } as never)
    expect(cancel).toHaveProperty('error')
    expect((await scheduledJobs(live.id)).map((j) => j.id)).toEqual([job!.id])

    // Nor through the Local API with Plaza's asUser() helper, nor by queueing it itself.
    const contributor = await staffUser('contributor')
    await expect(
      payload.delete(asUser(contributor, { collection: 'payload-jobs', id: job!.id })),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.update(
        asUser(contributor, {
          collection: 'payload-jobs',
          id: job!.id,
          data: { waitUntil: new Date(Date.now() - 1000).toISOString() } as never,
        }),
      ),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'unpublish', doc: { relationTo: 'services', value: live.id } },
        req: await createLocalReq({ user: contributor }, payload),
        overrideAccess: false,
      } as never),
    ).rejects.toMatchObject({ status: 403 })
    expect((await scheduledJobs(live.id)).map((j) => j.id)).toEqual([job!.id])

    // The editor cancels their own from the drawer.
    const editorCancel = await schedulePublishHandler({
      deleteID: job!.id,
      req: await createLocalReq({ user: await staffUser('editor') }, payload),
    } as never)
    expect(editorCancel).not.toHaveProperty('error')
    expect((await scheduledJobs(live.id)).map((j) => j.id)).not.toContain(job!.id)
  })

  it('writes one "schedule" entry to the audit log with who, what and when, and still publishes', async () => {
    const draft = await draftService()
    const scheduledEntries = async () =>
      (
        await payload.find({
          collection: 'audit-log',
          where: {
            and: [{ action: { equals: 'schedule' } }, { documentId: { equals: String(draft.id) } }],
          },
          depth: 0,
        })
      ).docs as unknown as Array<Record<string, unknown>>
    expect(await scheduledEntries()).toEqual([])
    const before = Date.now()
    const at = new Date(Date.now() - 1000)
    await schedule('publish', draft.id, ids.editor, at)
    const entries = await scheduledEntries()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'schedule',
      actor: 'editor@test.example',
      user: ids.editor,
      collectionSlug: 'services',
      documentId: String(draft.id),
      operation: 'publish',
      detail: `publish at ${at.toISOString()}`,
    })
    expect(Date.parse(entries[0]!.createdAt as string)).toBeGreaterThanOrEqual(before - 1000)
    // Recording it changed nothing about the job itself.
    await payload.jobs.run()
    expect(await anonymousCanSee(draft.id)).toBe(true)
    expect(await scheduledEntries()).toHaveLength(1)
  })
})
