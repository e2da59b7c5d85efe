// Plaza's wrappers under Payload's own names, applied by one import line in the generated route
// files. Why: docs/decisions/0005-payload-generated-files.md
import {
  GRAPHQL_PLAYGROUND_GET,
  GRAPHQL_POST as PAYLOAD_GRAPHQL_POST,
  REST_DELETE as PAYLOAD_REST_DELETE,
  REST_GET as PAYLOAD_REST_GET,
  REST_OPTIONS,
  REST_PATCH as PAYLOAD_REST_PATCH,
  REST_POST as PAYLOAD_REST_POST,
  REST_PUT as PAYLOAD_REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload, type SanitizedConfig } from 'payload'

import { graphqlFailed, unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'
import { refuseFileRequest, refuseUploadBeforeReading } from '@/lib/uploads/uploadRequests'

import { answerDeadTokens, isGraphqlEntryPoint, isRestEntryPoint } from './deadToken'
import { deleteOwnPreference } from './deletePreference'
import { isSubscriptionRequest } from './graphqlDepth'
import { limitGraphqlAuth, limitRestAuth } from './payloadAuthLimits'
import { answerRefusedGraphqlReads } from './publicReads'
import { checkUploadForm } from './uploadForm'

export { GRAPHQL_PLAYGROUND_GET, REST_OPTIONS }

type Config = Promise<SanitizedConfig> | SanitizedConfig
type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

const UPLOAD_COLLECTIONS = new Set(['media', 'transit-feeds'])

/** A dead token (signed out, expired, revoked) answers 401, and a down database a clear 503. */
function guarded(config: Config, handler: Handler): Handler {
  const payload = () => getPayload({ config })
  const withDeadTokens = answerDeadTokens(payload, handler, async (_request, context: Context) =>
    isRestEntryPoint((await context.params).slug),
  )
  return unavailableWhenDatabaseDown(withDeadTokens, payload)
}

const refuse = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status })

/** A JSON create that names a `url` asks the server to fetch a file: upload from URL is off. */
async function asksToFetchUrl(request: Request): Promise<boolean> {
  if (!request.headers.get('content-type')?.includes('application/json')) return false
  const body: unknown = await request
    .clone()
    .json()
    .catch(() => null)
  return Boolean(body && typeof body === 'object' && 'url' in body)
}

/** Files are served only by their plain name from their own folder; paste-url is refused. */
export const REST_GET = (config: Config) => {
  const get = PAYLOAD_REST_GET(config)
  return guarded(config, async (request, context) => {
    const { slug } = await context.params
    // pasteURL is off everywhere, yet Payload still routes it (and answers 500 on refusal).
    if (slug.length === 2 && slug[1] === 'paste-url') {
      return refuse('Upload from a URL is turned off: upload the file itself.', 403)
    }
    const refused = refuseFileRequest(await getPayload({ config }), request)
    return refused ?? get(request, context)
  })
}

/** Logins are rate-limited; uploads are checked before their body is read. */
export const REST_POST = (config: Config) => {
  const post = limitRestAuth(PAYLOAD_REST_POST(config))
  return guarded(config, async (request, context) => {
    const { slug } = await context.params
    if (slug.length === 1) {
      const early = await refuseUploadBeforeReading(await getPayload({ config }), request, 'create')
      if (early) return early
    }
    if (slug.length === 1 && UPLOAD_COLLECTIONS.has(slug[0]!)) {
      const refused = await checkUploadForm(request)
      if (refused) return refused
      if (await asksToFetchUrl(request)) {
        return refuse('Upload the file itself: fetching files from a URL is turned off.', 400)
      }
    }
    return post(request, context)
  })
}

/** Deleting one's own admin preference works (Payload's own handler refuses it). */
export const REST_DELETE = (config: Config) => {
  const del = PAYLOAD_REST_DELETE(config)
  return guarded(config, async (request, context) => {
    const { slug } = await context.params
    if (slug.length === 2 && slug[0] === 'payload-preferences') {
      return deleteOwnPreference(await getPayload({ config }), request.headers, slug[1]!)
    }
    return del(request, context)
  })
}

/** Replacing an upload's file goes through the same checks as creating one. */
export const REST_PATCH = (config: Config) => {
  const patch = PAYLOAD_REST_PATCH(config)
  return guarded(config, async (request, context) => {
    const { slug } = await context.params
    if (slug.length <= 2) {
      const early = await refuseUploadBeforeReading(await getPayload({ config }), request, 'update')
      if (early) return early
    }
    if (UPLOAD_COLLECTIONS.has(slug[0]!)) {
      const refused = await checkUploadForm(request)
      if (refused) return refused
    }
    return patch(request, context)
  })
}

export const REST_PUT = (config: Config) => guarded(config, PAYLOAD_REST_PUT(config))

/**
 * GraphQL: login mutations share the REST rate limits, subscriptions answer 400 (not 500),
 * refused reads their real 400/429 (not 200), dead tokens 401, a down database 503.
 */
export const GRAPHQL_POST = (config: Config) => {
  const payload = () => getPayload({ config })
  const graphqlPost = answerRefusedGraphqlReads(limitGraphqlAuth(PAYLOAD_GRAPHQL_POST(config)))
  const post = answerDeadTokens(
    payload,
    async (request: Request) => {
      if (await isSubscriptionRequest(request.clone())) {
        return refuse('Subscriptions are not supported.', 400)
      }
      return graphqlPost(request)
    },
    async (request: Request) =>
      isGraphqlEntryPoint(
        await request
          .clone()
          .text()
          .catch(() => ''),
      ),
  )
  return unavailableWhenDatabaseDown(post, payload, { failed: graphqlFailed })
}
