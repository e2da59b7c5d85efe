/* Payload's REST API, in the shape Payload generates, with three additions: login and
   forgot-password are rate-limited per client first (src/lib/http/payloadAuthLimits.ts),
   deleting one's own admin preference is repaired (src/lib/http/deletePreference.ts), and a
   dead token (signed out, expired, revoked) answers 401 instead of Payload's 403
   (src/lib/http/deadToken.ts). Every method answers a clear 503 while the database is down
   (src/lib/resilience). Upload collections: a file is served only by its plain name from its
   own folder, and an upload is refused before its body is read when the user may not make
   it or it is too large (src/lib/uploads/uploadRequests.ts). */
import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { answerDeadTokens, isRestEntryPoint } from '@/lib/http/deadToken'
import { deleteOwnPreference } from '@/lib/http/deletePreference'
import { limitRestAuth } from '@/lib/http/payloadAuthLimits'
import { checkUploadForm } from '@/lib/http/uploadForm'
import { refuseFileRequest, refuseUploadBeforeReading } from '@/lib/uploads/uploadRequests'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

type Context = { params: Promise<{ slug: string[] }> }

const withDeadTokens = (handler: (request: Request, context: Context) => Promise<Response>) =>
  answerDeadTokens(
    () => getPayload({ config }),
    handler,
    async (_request, context: Context) => isRestEntryPoint((await context.params).slug),
  )

const restDelete = REST_DELETE(config)

const restGet = REST_GET(config)

// Upload from a URL is off on every upload collection (pasteURL: false), but Payload still
// routes /api/<uploads>/paste-url, fetches (refusing internal hosts) and answers 500.
const get = withDeadTokens(async (request: Request, context: Context) => {
  const { slug } = await context.params
  if (slug.length === 2 && slug[1] === 'paste-url') {
    return Response.json(
      { errors: [{ message: 'Upload from a URL is turned off: upload the file itself.' }] },
      { status: 403 },
    )
  }
  const refused = refuseFileRequest(await getPayload({ config }), request)
  if (refused) return refused
  return restGet(request, context)
})
const restPost = limitRestAuth(REST_POST(config))
const UPLOAD_COLLECTIONS = new Set(['media', 'transit-feeds'])

// A JSON create of an upload collection that names a `url` asks the server to fetch the
// file: upload from URL is off, so refuse it here, before Payload's REST handler fetches
// (its safe fetch refuses internal hosts, but answers 500). The Media hook covers the
// Local API.
const post = withDeadTokens(async (request: Request, context: Context) => {
  const { slug } = await context.params
  if (slug.length === 1) {
    const early = await refuseUploadBeforeReading(await getPayload({ config }), request, 'create')
    if (early) return early
  }
  if (slug.length === 1 && UPLOAD_COLLECTIONS.has(slug[0]!)) {
    const refused = await checkUploadForm(request)
    if (refused) return refused
  }
  if (
    slug.length === 1 &&
    UPLOAD_COLLECTIONS.has(slug[0]!) &&
    request.headers.get('content-type')?.includes('application/json')
  ) {
    const body: unknown = await request
      .clone()
      .json()
      .catch(() => null)
    if (body && typeof body === 'object' && 'url' in body) {
      return Response.json(
        { errors: [{ message: 'Upload the file itself: fetching files from a URL is turned off.' }] },
        { status: 400 },
      )
    }
  }
  return restPost(request, context)
})
const del = withDeadTokens(async (request: Request, context: Context) => {
  const { slug } = await context.params
  if (slug.length === 2 && slug[0] === 'payload-preferences') {
    return deleteOwnPreference(await getPayload({ config }), request.headers, slug[1]!)
  }
  return restDelete(request, context)
})
const restPatch = REST_PATCH(config)
// Replacing an upload's file goes through the same form check as creating one.
const patch = withDeadTokens(async (request: Request, context: Context) => {
  const { slug } = await context.params
  if (slug.length <= 2) {
    const early = await refuseUploadBeforeReading(await getPayload({ config }), request, 'update')
    if (early) return early
  }
  if (UPLOAD_COLLECTIONS.has(slug[0]!)) {
    const refused = await checkUploadForm(request)
    if (refused) return refused
  }
  return restPatch(request, context)
})

const payload = () => getPayload({ config })
export const GET = unavailableWhenDatabaseDown(get, payload)
export const POST = unavailableWhenDatabaseDown(post, payload)
export const DELETE = unavailableWhenDatabaseDown(del, payload)
export const PATCH = unavailableWhenDatabaseDown(patch, payload)
export const PUT = unavailableWhenDatabaseDown(withDeadTokens(REST_PUT(config)), payload)
export const OPTIONS = REST_OPTIONS(config)
