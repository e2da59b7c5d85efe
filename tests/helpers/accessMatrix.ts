// The expected access of every role to every collection and global (SECURITY.md line 2),
// shared by the Local API matrix (tests/int/roleMatrix.int.spec.ts) and the REST one
// (tests/e2e/roleMatrix.e2e.spec.ts), so both check the same promises.
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
  'transit-lines': {
    read: readFor('all', 'all'),
    create: EDITORS,
    update: STAFF,
    delete: EDITORS,
    seed: (_p, n) => ({ routeId: `route-${n}-${Math.random().toString(36).slice(2)}` }),
    updateData: {},
  },
  'transit-stops': {
    read: readFor('all', 'all'),
    create: EDITORS,
    update: STAFF,
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
  media: { read: readFor('all', 'all'), create: STAFF, update: STAFF, delete: EDITORS },
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
  // Payload's own collections. Jobs: editors see the queue (read-only), nobody edits it.
  'payload-jobs': {
    read: readByRole(EDITORS),
    create: NOBODY,
    update: NOBODY,
    delete: NOBODY,
  },
  // Payload's key-value store: server only.
  'payload-kv': { read: readByRole(NOBODY), create: NOBODY, update: NOBODY, delete: NOBODY },
  // Locks and migrations: any CMS user (Payload's default; no REST endpoints for
  // migrations), never the public.
  'payload-locked-documents': {
    read: readByRole(STAFF),
    create: STAFF,
    update: STAFF,
    delete: STAFF,
  },
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
  // The jobs scheduler's statistics (Payload's own): server only.
  'payload-jobs-stats': { read: NOBODY, update: NOBODY },
}
