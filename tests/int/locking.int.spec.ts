// docs/SECURITY.md: a document another editor has open (locked) cannot be changed
// under them. Payload's REST and GraphQL handlers check the lock (overrideLock defaults
// to false there); the Local API defaults to overriding it, so writes made on behalf of a
// person must pass `overrideLock: false`, which is what this proves.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asUser } from '@/lib/db/asUser'
import { deleteOwnPreference } from '@/lib/http/deletePreference'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type HttpAnswer,
  type RouteServer,
} from '../helpers/routeServer'
import { sampleDoc } from '../helpers/sampleDocs'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
type Editor = { id: number | string; collection: 'users' } & Record<string, unknown>
let alice: Editor
let bob: Editor
let carol: Editor
let admin: Editor
let server: RouteServer
const quiet = { disableRevalidate: true, disableSearchSync: true }

async function editor(
  email: string,
  role: 'editor' | 'contributor' | 'admin' = 'editor',
): Promise<Editor> {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'correct-horse-battery', role },
    overrideAccess: true,
  })
  return { ...(user as unknown as Record<string, unknown>), id: user.id, collection: 'users' }
}

async function lock(collection: 'services', id: number | string, by: Editor) {
  // What the admin UI writes when an editor opens a document.
  return payload.create({
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
  carol = await editor('carol-contributor-lock@test.example', 'contributor')
  admin = await editor('admin-lock@test.example', 'admin')
  server = await startRouteServer(await plazaApiDispatch())
})

afterAll(async () => {
  await server?.close()
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

// docs/SECURITY.md: a lock says who is editing. Only its holder or an admin releases or
// reassigns it, and a lock is only ever taken in the requester's own name: otherwise anyone
// could free a document under an editor, or keep one shut in an editor's name.
describe('who holds a lock', () => {
  const tokens = new Map<Editor, string>()
  async function token(user: Editor) {
    if (!tokens.has(user)) {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: String(user.email), password: 'correct-horse-battery' },
      })
      tokens.set(user, token!)
    }
    return tokens.get(user)!
  }
  async function rest(user: Editor, method: string, path: string, body?: unknown) {
    return httpRequest(`${server.origin}/api/payload-locked-documents${path}`, {
      method,
      headers: { authorization: `JWT ${await token(user)}`, connection: 'close' },
      body,
    })
  }
  async function graphql(user: Editor, mutation: string): Promise<HttpAnswer> {
    return httpRequest(`${server.origin}/api/graphql`, {
      method: 'POST',
      headers: { authorization: `JWT ${await token(user)}`, connection: 'close' },
      body: { query: `mutation { ${mutation} }` },
    })
  }
  const refusedOverGraphql = (answer: HttpAnswer) =>
    expect(String(answer.json().errors?.[0]?.message)).toMatch(/not allowed/i)
  const owner = (by: Editor) => ({ relationTo: 'users', value: by.id })
  const holderOf = async (lockId: number | string) => {
    const found = await payload.find({
      collection: 'payload-locked-documents',
      where: { id: { equals: lockId } },
      overrideAccess: true,
      depth: 0,
    })
    const doc = found.docs[0] as { user?: { value?: unknown } } | undefined
    return doc ? doc.user?.value : null
  }

  it('is taken only in the requester’s own name, over REST, GraphQL and asUser()', async () => {
    const service = await publishedService()
    const document = { relationTo: 'services', value: service.id }
    const locksOn = async () =>
      (
        await payload.count({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: service.id } },
          overrideAccess: true,
        })
      ).totalDocs

    // A contributor cannot lock a document in an editor's name…
    expect((await rest(carol, 'POST', '', { document, user: owner(alice) })).status).toBe(403)
    refusedOverGraphql(
      await graphql(
        carol,
        `createPayloadLockedDocument(data: { document: { relationTo: services, value: ${service.id} }, user: { relationTo: users, value: ${alice.id} } }) { id }`,
      ),
    )
    await expect(
      payload.create(
        asUser(carol as never, {
          collection: 'payload-locked-documents' as const,
          data: { document, user: owner(alice) } as never,
        }),
      ),
    ).rejects.toMatchObject({ status: 403 })
    // …nor can an admin lock it in someone else's.
    expect((await rest(admin, 'POST', '', { document, user: owner(bob) })).status).toBe(403)
    expect(await locksOn()).toBe(0)

    // In their own name, they can.
    expect((await rest(carol, 'POST', '', { document, user: owner(carol) })).status).toBe(201)
    expect(await locksOn()).toBe(1)
  })

  it('is released only by its holder or an admin', async () => {
    const service = await publishedService()
    const held = await lock('services', service.id, alice)
    for (const other of [bob, carol]) {
      expect((await rest(other, 'DELETE', `/${held.id}`)).status, String(other.email)).toBe(403)
      refusedOverGraphql(await graphql(other, `deletePayloadLockedDocument(id: ${held.id}) { id }`))
      await expect(
        payload.delete(
          asUser(other as never, { collection: 'payload-locked-documents' as const, id: held.id }),
        ),
      ).rejects.toMatchObject({ status: 403 })
      // Bulk delete by a query skips what the rule hides; the lock stays.
      await rest(other, 'DELETE', `?where[id][equals]=${held.id}`)
    }
    expect(await holderOf(held.id)).toBe(alice.id)

    // The holder releases it (what the admin does when an editor leaves the document)…
    expect((await rest(alice, 'DELETE', `/${held.id}`)).status).toBe(200)
    expect(await holderOf(held.id)).toBeNull()
    // …and an admin may release anyone's.
    const again = await lock('services', service.id, alice)
    expect((await rest(admin, 'DELETE', `/${again.id}`)).status).toBe(200)
    expect(await holderOf(again.id)).toBeNull()
  })

  it('is reassigned only by an admin; its holder cannot hand it to someone else', async () => {
    const service = await publishedService()
    const held = await lock('services', service.id, alice)
    // Another editor's or a contributor's "take over" (the admin's PATCH of the lock's user).
    for (const other of [bob, carol]) {
      const patch = await rest(other, 'PATCH', `/${held.id}`, { user: owner(other) })
      expect(patch.status, String(other.email)).toBe(403)
      refusedOverGraphql(
        await graphql(
          other,
          `updatePayloadLockedDocument(id: ${held.id}, data: { user: { relationTo: users, value: ${other.id} } }) { id }`,
        ),
      )
      await expect(
        payload.update(
          asUser(other as never, {
            collection: 'payload-locked-documents' as const,
            id: held.id,
            data: { user: owner(other) } as never,
          }),
        ),
      ).rejects.toMatchObject({ status: 403 })
    }
    // The holder cannot put the lock in someone else's name either.
    expect((await rest(alice, 'PATCH', `/${held.id}`, { user: owner(bob) })).status).toBe(403)
    expect(await holderOf(held.id)).toBe(alice.id)

    // An admin takes it over.
    expect((await rest(admin, 'PATCH', `/${held.id}`, { user: owner(admin) })).status).toBe(200)
    expect(await holderOf(held.id)).toBe(admin.id)
  })
})
