// The expected access of every role to every collection and global (docs/SECURITY.md),
// shared by the Local API matrix (tests/int/roleMatrix.int.spec.ts), the live-content one
// (tests/helpers/liveContentMatrix.ts) and the REST one (tests/e2e/roleMatrix.e2e.spec.ts),
// so all check the same promises.
import type { Payload } from 'payload'

import { PUBLIC_COLLECTIONS, sampleDoc, type PublicCollection } from './sampleDocs'

export const ACTORS = ['anonymous', 'contributor', 'editor', 'admin'] as const
export type Actor = (typeof ACTORS)[number]
export type Role = Exclude<Actor, 'anonymous'>
export type Visibility = 'all' | 'published' | 'own' | 'none'
export type Doc = { id: number | string }

export interface Row {
  /** What a `find` returns to each actor. */
  read: Record<Actor, Visibility>
  /** Who may create (checked with `seed` data when allowed, with nothing when refused). */
  create: Actor[]
  /** Who may update an existing (published) document, with `updateData`. */
  update: Actor[]
  delete: Actor[]
  /** Versioned collections: who may read versions. */
  readVersions?: Actor[]
  /** A valid document, written with overrideAccess to have something to read and write. */
  seed?: (payload: Payload, n: number) => Record<string, unknown>
  updateData?: Record<string, unknown>
  drafts?: boolean
}

const STAFF: Actor[] = ['contributor', 'editor', 'admin']
const EDITORS: Actor[] = ['editor', 'admin']
const ADMINS: Actor[] = ['admin']
const NOBODY: Actor[] = []
const readFor = (anonymous: Visibility, staff: Visibility, admin = staff) => ({
  anonymous,
  contributor: staff,
  editor: staff,
  admin,
})
const readByRole = (visible: Actor[]): Record<Actor, Visibility> =>
  Object.fromEntries(ACTORS.map((a) => [a, visible.includes(a) ? 'all' : 'none'])) as Record<
    Actor,
    Visibility
  >

// Published content: the public reads what is published; contributors write drafts
// (publishing and deleting published content is for editors, see access.int.spec.ts).
const publicContent = (collection: PublicCollection): Row => ({
  read: readFor('published', 'all'),
  create: STAFF,
  update: STAFF,
  delete: EDITORS,
  readVersions: STAFF,
  seed: () => sampleDoc(collection),
  updateData: { _status: 'draft' },
  drafts: true,
})

const link = (payload: Payload, n: number) => ({
  subjectHash: `hash-${n}-${Math.random().toString(36).slice(2)}`,
  linkedAt: new Date().toISOString(),
})

export const MATRIX: Record<string, Row> = {
  ...Object.fromEntries(PUBLIC_COLLECTIONS.map((c) => [c, publicContent(c)])),
  // Overlay records and media have no drafts (every save is live): editors change them.
  'transit-lines': {
    read: readFor('all', 'all'),
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
    seed: (_p, n) => ({ routeId: `route-${n}-${Math.random().toString(36).slice(2)}` }),
    updateData: {},
  },
  'transit-stops': {
    read: readFor('all', 'all'),
    create: EDITORS,
    update: EDITORS,
    delete: EDITORS,
    seed: (_p, n) => ({ stopId: `stop-${n}-${Math.random().toString(36).slice(2)}` }),
    updateData: {},
  },
  // Uploads: refusals only here; allowed uploads are exercised in their own tests.
  'transit-feeds': { read: readByRole(STAFF), create: ADMINS, update: ADMINS, delete: ADMINS },
  'transit-feed-chunks': {
    read: readByRole(NOBODY),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
  },
  media: { read: readFor('all', 'all'), create: STAFF, update: EDITORS, delete: EDITORS },
  users: {
    read: { anonymous: 'none', contributor: 'own', editor: 'own', admin: 'all' },
    create: ADMINS,
    update: ADMINS,
    delete: ADMINS,
    seed: (_p, n) => ({
      email: `matrix-${n}-${Math.random().toString(36).slice(2)}@test.example`,
      password: 'correct-horse-battery',
      role: 'contributor',
    }),
    updateData: { name: 'Renamed' },
  },
  'push-subscriptions': {
    read: readByRole(ADMINS),
    create: NOBODY,
    update: NOBODY,
    delete: ADMINS,
    seed: (_p, n) => ({
      endpoint: `https://push.example.org/send/${n}-${Math.random().toString(36).slice(2)}`,
      keys: { p256dh: 'BExamplePublicKey', auth: 'ExampleAuth' },
      locale: 'en',
      alerts: 'all',
    }),
    updateData: { alerts: 'none' },
  },
  'push-deliveries': {
    read: readByRole(STAFF),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
    seed: (_p, n) => ({ kind: 'alert', title: `Delivery ${n}`, status: 'done' }),
    updateData: { status: 'failed' },
  },
  'citizen-links': {
    read: readByRole(ADMINS),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
    seed: link,
    updateData: { lastSignInAt: new Date().toISOString() },
  },
  'eoffice-notices': {
    read: readByRole(NOBODY),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
    updateData: { subject: 'Changed' },
  },
  // Who did what: admins read it, nobody writes it through any API (the server does).
  'audit-log': {
    read: readByRole(ADMINS),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
    seed: () => ({ action: 'login', actor: 'matrix@test.example' }),
    updateData: { actor: 'someone else' },
  },
  // Link health results: staff read them (the dashboard), only the nightly job writes them.
  'link-checks': {
    read: readByRole(STAFF),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
    seed: (_p, n) => ({
      url: `https://example.org/link-${n}-${Math.random().toString(36).slice(2)}`,
      status: 'broken',
      checkedAt: new Date().toISOString(),
      usedBy: [],
    }),
    updateData: { status: 'ok' },
  },
  // Review requests: staff ask, a contributor reads only their own, editors decide. Writes
  // need a real draft to ask about: tests/int/reviewWorkflow.int.spec.ts covers them.
  'review-requests': {
    read: { anonymous: 'none', contributor: 'own', editor: 'all', admin: 'all' },
    create: STAFF,
    update: EDITORS,
    delete: EDITORS,
  },
  // Payload's own collections. Jobs: editors see the queue (read-only), nobody edits it.
  'payload-jobs': {
    read: readByRole(EDITORS),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
  },
  // Payload's key-value store: server only.
  'payload-kv': { read: readByRole(NOBODY), create: NOBODY, update: NOBODY, delete: NOBODY },
  // Locks: any CMS user takes one in their own name; someone else's lock is released or
  // reassigned by an admin only (tests/int/locking.int.spec.ts covers the owner's side).
  'payload-locked-documents': {
    read: readByRole(STAFF),
    create: STAFF,
    update: ADMINS,
    delete: ADMINS,
  },
  // Migrations: any CMS user (Payload's default; no REST endpoints), never the public.
  'payload-migrations': { read: readByRole(STAFF), create: STAFF, update: STAFF, delete: STAFF },
  // Each user's own admin preferences.
  'payload-preferences': {
    read: { anonymous: 'none', contributor: 'own', editor: 'own', admin: 'own' },
    create: STAFF,
    update: NOBODY,
    delete: NOBODY,
  },
}

// readVersions only where the global keeps versions (no versions: no versions endpoint).
export const GLOBALS: Record<string, { read: Actor[]; update: Actor[]; readVersions?: Actor[] }> = {
  'site-settings': { read: [...ACTORS], update: ADMINS, readVersions: ADMINS },
  navigation: { read: [...ACTORS], update: EDITORS },
  'transit-settings': { read: [...ACTORS], update: NOBODY },
  // Live departures status and state: written by the realtime poller only.
  'transit-realtime': { read: STAFF, update: NOBODY },
  // The jobs scheduler's statistics (Payload's own): server only.
  'payload-jobs-stats': { read: NOBODY, update: NOBODY },
}

// Writes that could change what is live on the site (docs/SECURITY.md), tried through
// every way of reaching Payload: the Local API with `overrideAccess: false`, Plaza's
// `asUser()` helper, REST (with and without `?draft=true`) and GraphQL. A contributor may
// only ever save a draft version; the live document stays as it was.
export const SPELLINGS = ['Local API', 'asUser()', 'REST', 'GraphQL'] as const
export type Spelling = (typeof SPELLINGS)[number]

/** The state of the document before the write. */
export type Start = 'published' | 'published over a draft' | 'unpublished' | 'never published'

export interface LiveWrite {
  start: Start
  kind: 'update' | 'restore' | 'delete'
  /** The draft flag: `?draft=true`, GraphQL `draft: true`, Local API `draft: true`. */
  draft?: boolean
  /** The `_status` sent with the write (none: a plain edit). */
  status?: 'draft' | 'published'
  allowed: Actor[]
}

export const LIVE_WRITES: Record<string, LiveWrite> = {
  'save a draft version over the live document': {
    start: 'published',
    kind: 'update',
    draft: true,
    status: 'draft',
    allowed: STAFF,
  },
  'unpublish (_status draft, no draft flag)': {
    start: 'published',
    kind: 'update',
    status: 'draft',
    allowed: EDITORS,
  },
  'edit the live document (no _status, no draft flag)': {
    start: 'published',
    kind: 'update',
    allowed: EDITORS,
  },
  'publish a draft': {
    start: 'never published',
    kind: 'update',
    status: 'published',
    allowed: EDITORS,
  },
  'publish through the draft flag': {
    start: 'never published',
    kind: 'update',
    draft: true,
    status: 'published',
    allowed: EDITORS,
  },
  'restore an old draft as the live document': {
    start: 'published over a draft',
    kind: 'restore',
    allowed: EDITORS,
  },
  'delete a published document': { start: 'published', kind: 'delete', allowed: EDITORS },
  'delete a document that was once published': {
    start: 'unpublished',
    kind: 'delete',
    allowed: EDITORS,
  },
  'delete a draft that was never published': {
    start: 'never published',
    kind: 'delete',
    allowed: STAFF,
  },
}

/**
 * GraphQL names of the drafted collections (Payload derives them from the slug) and the
 * groups their update input requires (GraphQL marks a group with required fields required).
 */
export const GRAPHQL: Record<PublicCollection, { name: string; required?: string }> = {
  services: { name: 'Service', required: 'status: { state: normal }' },
  procedures: { name: 'Procedure' },
  events: { name: 'Event', required: 'recurrence: { frequency: none }' },
  alerts: { name: 'Alert', required: 'area: { description: "Old town" }' },
  pages: { name: 'Page' },
  topics: { name: 'Topic' },
  departments: { name: 'Department' },
  districts: { name: 'District' },
}

/** One live write as HTTP: the REST request and the GraphQL mutation that make it. */
export function liveWriteRequests(
  collection: PublicCollection,
  write: LiveWrite,
  id: number | string,
  versionId?: number | string,
) {
  const query = write.draft ? '?draft=true' : ''
  const data = write.status ? { _status: write.status } : {}
  const rest =
    write.kind === 'update'
      ? { method: 'PATCH', path: `/api/${collection}/${id}${query}`, data }
      : write.kind === 'restore'
        ? { method: 'POST', path: `/api/${collection}/versions/${versionId}${query}`, data }
        : { method: 'DELETE', path: `/api/${collection}/${id}`, data }
  const { name, required = '' } = GRAPHQL[collection]
  const literal = (value: unknown) =>
    typeof value === 'number' ? String(value) : JSON.stringify(String(value))
  const status = write.status ? `_status: ${write.status}` : ''
  const mutation =
    write.kind === 'update'
      ? `update${name}(id: ${literal(id)}, draft: ${Boolean(write.draft)}, data: { ${status} ${required} }) { id }`
      : write.kind === 'restore'
        ? `restoreVersion${name}(id: ${literal(versionId)}) { id }`
        : `delete${name}(id: ${literal(id)}) { id }`
  return { rest, graphql: `mutation { ${mutation} }` }
}
