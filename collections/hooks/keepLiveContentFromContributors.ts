import {
  Forbidden,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type SanitizedConfig,
  type Where,
} from 'payload'

import { roleOf } from '@/lib/auth/roles'

// Contributors write drafts only (docs/SECURITY.md). Access rules cannot see the `draft` flag
// (a PATCH without it writes the live document), so the rule is a beforeOperation hook.

type OperationArgs = {
  id?: number | string
  where?: Where
  draft?: boolean | string
  publishSpecificLocale?: string
  publishAllLocales?: boolean | string
  unpublishAllLocales?: boolean | string
}

const isOn = (flag: unknown) => flag === true || flag === 'true'

/** Only a draft save leaves the live document alone: anything else would change what is live. */
function isDraftSaveOnly(args: OperationArgs): boolean {
  return (
    isOn(args.draft) &&
    !args.publishSpecificLocale &&
    !isOn(args.publishAllLocales) &&
    !isOn(args.unpublishAllLocales)
  )
}

/** Whether any of these documents is live or has ever been published (any version). */
async function everPublished(
  req: PayloadRequest,
  collection: string,
  args: OperationArgs,
): Promise<boolean> {
  const target: Where =
    args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? { id: { exists: true } })
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: target,
    select: { _status: true } as never,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return false
  const rows = docs as { id: number | string; _status?: string | null }[]
  if (rows.some((doc) => doc._status === 'published')) return true
  const { totalDocs } = await req.payload.countVersions({
    collection: collection as never,
    where: {
      and: [
        { parent: { in: rows.map((doc) => doc.id) } },
        { 'version._status': { equals: 'published' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export const keepLiveContentFromContributors: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess || roleOf(req.user) !== 'contributor') return args
  const operationArgs = args as OperationArgs
  if ((operation === 'update' || operation === 'restoreVersion') && !isDraftSaveOnly(operationArgs))
    throw new Forbidden(req.t)
  if (operation === 'delete' && (await everPublished(req, collection.slug, operationArgs)))
    throw new Forbidden(req.t)
  return args
}

/**
 * Every collection with drafts gets the guard, after the config is built, so a new drafted
 * collection (or one added by a plugin) cannot miss it.
 */
export function guardDraftedCollections(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!collection.versions?.drafts) continue
    collection.hooks.beforeOperation = [
      keepLiveContentFromContributors,
      ...collection.hooks.beforeOperation,
    ]
  }
  return config
}
