// Bounded reads through the REST and GraphQL APIs, refused before the database is asked.
// Why: docs/decisions/0008-bounded-public-reads.md
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type GlobalBeforeOperationHook,
  type GlobalConfig,
  type PayloadRequest,
} from 'payload'

import { clientAddress } from './clientAddress'
import { consumeRateLimit, tooManyRequestsMessage } from './rateLimit'

export const MAX_DEPTH = 3
export const MAX_ANONYMOUS_LIMIT = 100

const BOUNDED_OPERATIONS = new Set(['read', 'count', 'countVersions', 'readDistinct'])

/** A refused read: the status (400 or 429) and, for 429, the seconds to wait. */
export class PublicReadRefused extends APIError {
  constructor(
    message: string,
    status: 400 | 429,
    readonly retryAfter?: number,
  ) {
    super(message, status, undefined, true)
    this.name = 'PublicReadRefused'
  }
}

export interface ReadArgs {
  depth?: unknown
  limit?: unknown
  pagination?: unknown
  joins?: unknown
}

const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value)

function limitProblem(what: string, limit: unknown): string | null {
  if (limit === undefined || limit === null) return null
  if (isWholeNumber(limit) && limit >= 1 && limit <= MAX_ANONYMOUS_LIMIT) return null
  return `${what} must be a whole number from 1 to ${MAX_ANONYMOUS_LIMIT} for requests without a sign-in: read further pages with page=2, 3, …`
}

/** What is wrong with a read's parameters, as one sentence, or null. */
export function readBoundsProblem(
  args: ReadArgs,
  { anonymous }: { anonymous: boolean },
): string | null {
  if (typeof args.depth === 'number' && args.depth > MAX_DEPTH) {
    return `depth may be at most ${MAX_DEPTH}: ask for fewer levels of related documents.`
  }
  if (!anonymous) return null
  if (args.pagination === false) {
    return `pagination=false is not available without a sign-in: read the list page by page, at most ${MAX_ANONYMOUS_LIMIT} documents at a time.`
  }
  const limit = limitProblem('limit', args.limit)
  if (limit) return limit
  if (args.joins && typeof args.joins === 'object') {
    for (const [name, join] of Object.entries(args.joins as Record<string, unknown>)) {
      const problem =
        join && typeof join === 'object'
          ? limitProblem(`joins[${name}][limit]`, (join as { limit?: unknown }).limit)
          : null
      if (problem) return problem
    }
  }
  return null
}

const REFUSAL = Symbol.for('plaza.publicReadRefused')
type Marked = { [REFUSAL]?: PublicReadRefused }

function refuse(req: PayloadRequest, error: PublicReadRefused): never {
  if (error.retryAfter) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(error.retryAfter))
  }
  // The request object itself (Payload's req is the route's Request): GraphQL answers its
  // errors with a 200, so its route wrapper looks here for the real status.
  ;(req as unknown as Marked)[REFUSAL] ??= error
  throw error
}

async function checkRead(req: PayloadRequest, args: ReadArgs & Record<string, unknown>) {
  if (req.payloadAPI !== 'REST' && req.payloadAPI !== 'GraphQL') return
  // Payload's own reads inside the request (authenticating the token, populating
  // relationships) are not the client's: they run with overrideAccess or below a read.
  if (args.overrideAccess === true) return
  if (args.currentDepth !== undefined || args.disableErrors === true) return
  const anonymous = !req.user
  const problem = readBoundsProblem(args, { anonymous })
  if (problem) refuse(req, new PublicReadRefused(problem, 400))
  if (!anonymous) return
  const wait = await consumeRateLimit('publicApi', [`ip:${clientAddress(req.headers)}`])
  if (wait !== null) refuse(req, new PublicReadRefused(tooManyRequestsMessage(wait), 429, wait))
}

export const boundCollectionReads: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (BOUNDED_OPERATIONS.has(operation)) await checkRead(req, args)
  return args
}

export const boundGlobalReads: GlobalBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'read') await checkRead(req, args)
  return args
}

/** Adds the bounds to every collection. */
export function withCollectionReadBounds(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [boundCollectionReads, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }))
}

/** Adds the bounds to every global. */
export function withGlobalReadBounds(globals: GlobalConfig[]): GlobalConfig[] {
  return globals.map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [boundGlobalReads, ...(global.hooks?.beforeOperation ?? [])],
    },
  }))
}

/** The refusal a Payload handler met for this request, if any. */
export function refusedRead(request: Request): PublicReadRefused | undefined {
  return (request as unknown as Marked)[REFUSAL]
}

/**
 * Payload's GraphQL handler with a refused read answered with its real status: GraphQL puts
 * errors in a 200 answer, which a client (or a proxy counting 429s) would not read as one.
 */
export function answerRefusedGraphqlReads(
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await handler(request)
    const refusal = refusedRead(request)
    if (!refusal) return response
    const headers = new Headers({ 'Cache-Control': 'no-store' })
    if (refusal.retryAfter) headers.set('Retry-After', String(refusal.retryAfter))
    return Response.json(
      { errors: [{ message: refusal.message }] },
      { status: refusal.status, headers },
    )
  }
}
