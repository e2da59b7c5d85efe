// SECURITY.md line 5: a document another editor has open (locked) cannot be changed
// under them. Payload's REST and GraphQL handlers check the lock (overrideLock defaults
// to false there); the Local API defaults to overriding it, so writes made on behalf of a
// person must pass `overrideLock: false`, which is what this proves.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asUser } from '@/lib/db/asUser'
import { deleteOwnPreference } from '@/lib/http/deletePreference'
import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
type Editor = { id: number | string; collection: 'users' } & Record<string, unknown>
let alice: Editor
let bob: Editor
const quiet = { disableRevalidate: true, disableSearchSync: true }

async function editor(email: string): Promise<Editor> {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery', role: 'editor' },
    overrideAccess: true,
  })
  return { ...(user as unknown as Record<string, unknown>), id: user.id, collection: 'users' }
}

async function lock(collection: 'services', id: number | string, by: Editor) {
  // What the admin UI writes when an editor opens a document.
  await payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: collection, value: id },
      user: { relationTo: 'users', value: by.id },
    } as never,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  alice = await editor('alice-lock@test.example')
  bob = await editor('bob-lock@test.example')
})

afterAll(async () => {
  await ctx?.cleanup()
})

const publishedService = () =>
  payload.create({
    collection: 'services',
    data: { ...sampleDoc('services'), _status: 'published' } as never,
    overrideAccess: true,
    context: quiet,
  })

describe('document locks', () => {
  it('refuses another editor’s write while the document is open, and keeps the content', async () => {
    const service = await publishedService()
    await lock('services', service.id, alice)

    await expect(
      payload.update({
        collection: 'services',
        id: service.id,
        data: { title: 'Bob was here' },
        user: bob,
        overrideAccess: false,
        overrideLock: false,
        context: quiet,
      }),
    ).rejects.toMatchObject({ status: 423 })
    await expect(
      payload.delete({
        collection: 'services',
        id: service.id,
        user: bob,
        overrideAccess: false,
        overrideLock: false,
        context: quiet,
      }),
    ).rejects.toMatchObject({ status: 423 })
    const unchanged = await payload.findByID({ collection: 'services', id: service.id })
    expect(unchanged.title).toBe((service as { title: string }).title)

    // The editor who holds the lock saves normally.
    const saved = await payload.update({
      collection: 'services',
      id: service.id,
      data: { title: 'Alice’s edit' },
      user: alice,
      overrideAccess: false,
      overrideLock: false,
      context: quiet,
    })
    expect(saved.title).toBe('Alice’s edit')
  })

  it('lets the write through once the lock has expired (five minutes without activity)', async () => {
    const service = await publishedService()
    await lock('services', service.id, alice)
    const locks = await payload.find({
      collection: 'payload-locked-documents',
      where: { 'document.value': { equals: service.id } },
      overrideAccess: true,
    })
    // Age the lock past Payload's default duration (300 s) directly in the database.
    await payload.db.updateOne({
      collection: 'payload-locked-documents',
      id: locks.docs[0]!.id,
      data: { updatedAt: new Date(Date.now() - 301_000).toISOString() },
      returning: false,
    } as never)
    const saved = await payload.update({
      collection: 'services',
      id: service.id,
      data: { title: 'After the lock expired' },
      user: bob,
      overrideAccess: false,
      overrideLock: false,
      context: quiet,
    })
    expect(saved.title).toBe('After the lock expired')
  })

  it('locks globals too', async () => {
    await payload.create({
      collection: 'payload-locked-documents',
      data: { globalSlug: 'navigation', user: { relationTo: 'users', value: alice.id } } as never,
      overrideAccess: true,
    })
    await expect(
      payload.updateGlobal({
        slug: 'navigation',
        data: { header: [] } as never,
        user: bob,
        overrideAccess: false,
        overrideLock: false,
        context: quiet,
      }),
    ).rejects.toMatchObject({ status: 423 })
  })

  it('holds for writes made through asUser(): another editor gets 423, nothing changes', async () => {
    const service = await publishedService()
    await lock('services', service.id, alice)
    const asBob = asUser(bob as never, {
      collection: 'services' as const,
      id: service.id,
      context: quiet,
    })
    await expect(
      payload.update({ ...asBob, data: { title: 'Bob via asUser' } }),
    ).rejects.toMatchObject({ status: 423 })
    await expect(payload.delete(asBob)).rejects.toMatchObject({ status: 423 })
    expect((await payload.findByID({ collection: 'services', id: service.id })).title).toBe(
      (service as { title: string }).title,
    )
    const saved = await payload.update({
      ...asUser(alice as never, {
        collection: 'services' as const,
        id: service.id,
        context: quiet,
      }),
      data: { title: 'Alice via asUser' },
    })
    expect(saved.title).toBe('Alice via asUser')
  })

  it('holds access rules for writes made through asUser(): a contributor cannot publish-delete', async () => {
    const contributor = await payload.create({
      collection: 'users',
      data: {
        email: 'carol-lock@test.example',
        password: 'correct-horse-battery',
        role: 'contributor',
      },
      overrideAccess: true,
    })
    const service = await publishedService()
    await expect(
      payload.delete(
        asUser({ ...contributor, collection: 'users' } as never, {
          collection: 'services' as const,
          id: service.id,
          context: quiet,
        }),
      ),
    ).rejects.toMatchObject({ status: 403 })
    expect(await payload.findByID({ collection: 'services', id: service.id })).toBeTruthy()
  })

  it('deletes only the caller’s own admin preference (the preferences route writes as the caller)', async () => {
    for (const [who, value] of [
      [alice, 'alice'],
      [bob, 'bob'],
    ] as const) {
      await payload.create({
        collection: 'payload-preferences',
        data: { key: 'nav', value } as never,
        // Payload fills the owner from the request's user, as the admin panel does.
        user: who as never,
      })
    }
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'bob-lock@test.example', password: 'correct-horse-battery' },
    })
    const headers = new Headers({ authorization: `JWT ${token}` })
    const answer = await deleteOwnPreference(payload, headers, 'nav')
    expect(answer.status).toBe(200)
    const left = await payload.find({ collection: 'payload-preferences', overrideAccess: true })
    expect(left.docs.map((d) => (d as { value: unknown }).value)).toEqual(['alice'])
    expect((await deleteOwnPreference(payload, headers, 'nav')).status).toBe(404)
  })
})
