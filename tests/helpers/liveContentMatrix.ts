// docs/SECURITY.md: what is live changes only when an editor or admin says so, whichever
// way the write arrives. Each attempt gets a fresh document in the stated starting state;
// after a refusal the live document must be exactly as it was, and after a contributor's
// draft save it must still be the published one. Registered by two test files, one per
// pair of spellings, so the two halves run side by side.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { asUser } from '@/lib/db/asUser'

import {
  ACTORS,
  LIVE_WRITES,
  liveWriteRequests,
  type Actor,
  type Doc,
  type LiveWrite,
  type Role,
  type Spelling,
  type Start,
} from './accessMatrix'
import { asActor, createRoleUsers, noRevalidate, outcome, type RoleUsers } from './roleMatrixRun'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type HttpAnswer,
  type RouteServer,
} from './routeServer'
import { PUBLIC_COLLECTIONS, sampleDoc, type PublicCollection } from './sampleDocs'
import { startTestPayload, type TestPayload } from './testPayload'

export function describeLiveContentMatrix(spellings: readonly Spelling[]): void {
  let ctx: TestPayload
  let payload: Payload
  let server: RouteServer | undefined
  let users: RoleUsers
  let tokens: Record<Role, string>
  const overHttp = spellings.some((s) => s === 'REST' || s === 'GraphQL')

  beforeAll(async () => {
    ctx = await startTestPayload()
    payload = ctx.payload
    ;({ users, tokens } = await createRoleUsers(payload, 'live'))
    if (overHttp) server = await startRouteServer(await plazaApiDispatch())
  })

  afterAll(async () => {
    await server?.close()
    await ctx?.cleanup()
  })

  async function startAs(collection: PublicCollection, start: Start) {
    const base = { collection, overrideAccess: true }
    const published = start === 'published' || start === 'unpublished'
    const doc = (await payload.create({
      ...base,
      context: { ...noRevalidate },
      data: { ...sampleDoc(collection), _status: published ? 'published' : 'draft' } as never,
      draft: !published,
    })) as Doc
    if (start === 'published over a draft')
      await payload.update({
        ...base,
        id: doc.id,
        data: { _status: 'published' } as never,
        context: { ...noRevalidate },
      })
    if (start === 'unpublished')
      await payload.update({
        ...base,
        id: doc.id,
        data: { _status: 'draft' } as never,
        context: { ...noRevalidate },
      })
    return doc
  }

  /** The draft version a "restore" brings back. */
  async function oldDraftVersion(collection: PublicCollection, id: Doc['id']) {
    const versions = await payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'draft' } }] },
      sort: 'createdAt',
      limit: 1,
      overrideAccess: true,
    })
    return versions.docs[0]!.id
  }

  async function attemptLiveWrite(
    spelling: Spelling,
    actor: Actor,
    collection: PublicCollection,
    write: LiveWrite,
    id: Doc['id'],
  ): Promise<'ok' | 'forbidden'> {
    const data = write.status ? { _status: write.status } : {}
    const versionId = write.kind === 'restore' ? await oldDraftVersion(collection, id) : undefined
    if (spelling === 'REST' || spelling === 'GraphQL') {
      // A new connection per request: an idle kept-alive one may be closed under the next.
      const headers: Record<string, string> = {
        connection: 'close',
        ...(actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }),
      }
      const { rest, graphql } = liveWriteRequests(collection, write, id, versionId)
      if (spelling === 'REST')
        return restAnswer(
          await httpRequest(`${server!.origin}${rest.path}`, {
            method: rest.method,
            headers,
            body: rest.method === 'DELETE' ? undefined : rest.data,
          }),
        )
      return graphqlAnswer(
        await httpRequest(`${server!.origin}/api/graphql`, {
          method: 'POST',
          headers,
          body: { query: graphql },
        }),
      )
    }
    const who =
      spelling === 'asUser()'
        ? asUser({ ...users[actor as Role], collection: 'users' } as never, {
            context: { ...noRevalidate },
          })
        : asActor(users, actor)
    return outcome(() => {
      if (write.kind === 'update')
        return payload.update({
          collection,
          id,
          data: data as never,
          draft: write.draft,
          ...who,
        })
      if (write.kind === 'restore')
        return payload.restoreVersion({ collection, id: versionId!, draft: write.draft, ...who })
      return payload.delete({ collection, id, ...who })
    })
  }

  /** The live document as the database holds it (null when gone). */
  async function live(collection: PublicCollection, id: Doc['id']) {
    const found = await payload.find({
      collection,
      where: { id: { equals: id } },
      overrideAccess: true,
      depth: 0,
    })
    const doc = found.docs[0] as { _status?: string; updatedAt?: string } | undefined
    return doc ? { _status: doc._status, updatedAt: doc.updatedAt } : null
  }

  describe.each(PUBLIC_COLLECTIONS)('live content of %s', (collection) => {
    it.each(spellings)(
      'changes only as the role allows through %s',
      { timeout: 300_000 },
      async (spelling) => {
        for (const [what, write] of Object.entries(LIVE_WRITES)) {
          // A refused write leaves the document as it was, so the next actor reuses it (and
          // what was read after the refusal is what the next attempt starts from).
          let doc: Doc | undefined
          let before: Awaited<ReturnType<typeof live>> | undefined
          for (const actor of ACTORS) {
            if (spelling === 'asUser()' && actor === 'anonymous') continue // asUser needs a person
            const label = `${collection}: ${what} as ${actor} through ${spelling}`
            if (!doc) {
              doc = await startAs(collection, write.start)
              before = await live(collection, doc.id)
            }
            const result = await attemptLiveWrite(spelling, actor, collection, write, doc.id)
            const allowed = write.allowed.includes(actor)
            expect(result, label).toBe(allowed ? 'ok' : 'forbidden')
            const after = await live(collection, doc.id)
            if (!allowed) expect(after, `${label}: the live document is untouched`).toEqual(before)
            else if (write.kind === 'update' && write.draft && write.status === 'draft')
              expect(after?._status, `${label}: still published`).toBe('published')
            if (allowed) doc = undefined
            before = after
          }
        }
      },
    )
  })
}

function restAnswer(answer: HttpAnswer): 'ok' | 'forbidden' {
  if (answer.status === 200 || answer.status === 201) return 'ok'
  if ([401, 403, 404].includes(answer.status)) return 'forbidden'
  throw new Error(`unexpected ${answer.status}: ${answer.text.slice(0, 300)}`)
}

function graphqlAnswer(answer: HttpAnswer): 'ok' | 'forbidden' {
  const body = answer.json()
  const message = String(body.errors?.[0]?.message ?? '')
  if (!body.errors?.length && answer.status === 200) return 'ok'
  if (/not allowed|not found/i.test(message)) return 'forbidden'
  throw new Error(`unexpected GraphQL answer ${answer.status}: ${answer.text.slice(0, 300)}`)
}
