// The hooks that feed the audit log. Scheduling is recorded when the job runs, not when queued:
// hooks on Payload's jobs collection need `jobs.runHooks`, which breaks its job log validation.
import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { userOf, writeAudit } from './auditLog'

/** Without a signed-in user, a change was made by the server itself (jobs, scripts). */
const systemActor = (req: PayloadRequest) => (userOf(req) ? undefined : 'system')

export const auditLogin: CollectionAfterLoginHook = async ({ req, user, collection }) => {
  await writeAudit(
    req.payload,
    { action: 'login', user, collection: collection.slug, documentId: user?.id },
    req,
  )
}

export const auditLogout: CollectionAfterLogoutHook = async ({ req, collection }) => {
  const user = userOf(req)
  await writeAudit(
    req.payload,
    { action: 'logout', user, collection: collection.slug, documentId: user?.id },
    req,
  )
}

type Versioned = { id: number | string; _status?: string | null }

async function storedStatus(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<string | null> {
  const stored = await req.payload.db.findOne<Versioned>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return stored?._status ?? null
}

const liveKey = (collection: string, id: number | string) => `auditWasLive:${collection}:${id}`

/**
 * Whether the live document was published before this update: `previousDoc` is the newest
 * version, possibly a draft, so it cannot tell an unpublish from a draft save.
 */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({
  operation,
  originalDoc,
  collection,
  req,
  context,
  data,
}) => {
  const id = (originalDoc as Versioned | undefined)?.id
  if (operation === 'update' && id !== undefined && !context.skipAudit) {
    context[liveKey(collection.slug, id)] =
      (await storedStatus(req, collection.slug, id)) === 'published'
  }
  return data
}

/**
 * Publish: a save leaving the document published. Unpublish: the live copy became a draft (a
 * draft saved on top of a published document is not recorded).
 */
export const auditPublishing: CollectionAfterChangeHook = async ({
  doc,
  operation,
  collection,
  req,
  context,
}) => {
  if (context.skipAudit) return doc
  const { id, _status: current } = doc as Versioned
  let action: 'publish' | 'unpublish' | null = null
  if (current === 'published') action = 'publish'
  else if (context[liveKey(collection.slug, id)] === true) {
    if ((await storedStatus(req, collection.slug, id)) === 'draft') action = 'unpublish'
  }
  if (action) {
    await writeAudit(
      req.payload,
      {
        action,
        user: userOf(req),
        actor: systemActor(req),
        collection: collection.slug,
        documentId: id,
        operation,
      },
      req,
    )
  }
  return doc
}

export const auditDelete: CollectionAfterDeleteHook = async ({
  doc,
  id,
  collection,
  req,
  context,
}) => {
  if (context.skipAudit) return doc
  await writeAudit(
    req.payload,
    {
      action: 'delete',
      user: userOf(req),
      actor: systemActor(req),
      collection: collection.slug,
      documentId: id ?? (doc as Versioned)?.id,
    },
    req,
  )
  return doc
}

/**
 * Every 401/403 the REST API answers (failed logins record the e-mail, never the password),
 * written on its own: the operation's transaction is gone.
 */
export const auditAccessErrors: AfterErrorHook = async ({ error, req, collection }) => {
  const status = (error as { status?: number }).status
  if (status !== 401 && status !== 403) return
  if (!req?.payload) return
  const url = req.url ? new URL(req.url, 'http://plaza.invalid') : null
  const path = url?.pathname ?? ''
  const params = (req.routeParams ?? {}) as { collection?: string; global?: string; id?: string }
  const isLogin = collection?.auth && /\/login\/?$/.test(path)
  const tried = (req.data as { email?: unknown } | undefined)?.email
  await writeAudit(req.payload, {
    action: isLogin ? 'login-failed' : 'access-denied',
    user: userOf(req),
    actor: isLogin && typeof tried === 'string' ? tried.slice(0, 254) : 'anonymous',
    collection: collection?.slug ?? params.collection ?? null,
    global: params.global ?? null,
    documentId: params.id ?? null,
    operation: `${req.method ?? 'GET'} ${path}`,
    status,
    detail: isLogin ? error.message : (error as Error).name,
    headers: req.headers,
  })
}

const NOT_AUDITED = new Set([
  'audit-log',
  // Derived by the GTFS import, replaced wholesale on each import: the import itself is
  // recorded by its feed document.
  'transit-feed-chunks',
  'transit-lines',
  'transit-stops',
  // Rewritten by the nightly link health job.
  'link-checks',
])

/**
 * The audit hooks a collection people act on must list (deletes; publishing where it has
 * drafts; sign-in and sign-out where it signs in), and which of them a config leaves out.
 */
export function missingAuditHooks(collection: CollectionConfig): string[] {
  if (NOT_AUDITED.has(collection.slug)) return []
  const hooks = collection.hooks ?? {}
  const drafts =
    typeof collection.versions === 'object' && collection.versions && collection.versions.drafts
  const expected: Array<[keyof typeof hooks, unknown]> = [['afterDelete', auditDelete]]
  if (drafts) expected.push(['beforeChange', rememberLiveStatus], ['afterChange', auditPublishing])
  if (collection.auth) expected.push(['afterLogin', auditLogin], ['afterLogout', auditLogout])
  return expected
    .filter(([key, hook]) => !((hooks[key] ?? []) as unknown[]).includes(hook))
    .map(
      ([key, hook]) =>
        `${collection.slug}: ${String(key)} lacks ${(hook as { name: string }).name}`,
    )
}
