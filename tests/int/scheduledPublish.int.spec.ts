import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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
    await schedule('publish', draft.id, ids.contributor, new Date(Date.now() - 1000))
    await payload.jobs.run()
    expect(await anonymousCanSee(draft.id)).toBe(false)
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
