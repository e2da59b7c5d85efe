/* Payload's REST API, in the shape Payload generates, with two additions: login and
   forgot-password are rate-limited per client first (src/lib/http/payloadAuthLimits.ts),
   and deleting one's own admin preference is repaired (src/lib/http/deletePreference.ts).
   Every method answers a clear 503 while the database is down (src/lib/resilience). */
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

import { deleteOwnPreference } from '@/lib/http/deletePreference'
import { limitRestAuth } from '@/lib/http/payloadAuthLimits'
import { unavailableWhenDatabaseDown } from '@/lib/resilience/databaseOutage'

type Context = { params: Promise<{ slug: string[] }> }

const restDelete = REST_DELETE(config)

const restGet = REST_GET(config)

// Upload from a URL is off on every upload collection (pasteURL: false), but Payload still
// routes /api/<uploads>/paste-url, fetches (refusing internal hosts) and answers 500.
const get = async (request: Request, context: Context) => {
  const { slug } = await context.params
  if (slug.length === 2 && slug[1] === 'paste-url') {
    return Response.json(
      { errors: [{ message: 'Upload from a URL is turned off: upload the file itself.' }] },
      { status: 403 },
    )
  }
  return restGet(request, context)
}
const restPost = limitRestAuth(REST_POST(config))
const UPLOAD_COLLECTIONS = new Set(['media', 'transit-feeds'])

// A JSON create of an upload collection that names a `url` asks the server to fetch the
// file: upload from URL is off, so refuse it here, before Payload's REST handler fetches
// (its safe fetch refuses internal hosts, but answers 500). The Media hook covers the
// Local API.
const post = async (request: Request, context: Context) => {
  const { slug } = await context.params
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
}
const del = async (request: Request, context: Context) => {
  const { slug } = await context.params
  if (slug.length === 2 && slug[0] === 'payload-preferences') {
    return deleteOwnPreference(await getPayload({ config }), request.headers, slug[1]!)
  }
  return restDelete(request, context)
}

const payload = () => getPayload({ config })
export const GET = unavailableWhenDatabaseDown(get, payload)
export const POST = unavailableWhenDatabaseDown(post, payload)
export const DELETE = unavailableWhenDatabaseDown(del, payload)
export const PATCH = unavailableWhenDatabaseDown(REST_PATCH(config), payload)
export const PUT = unavailableWhenDatabaseDown(REST_PUT(config), payload)
export const OPTIONS = REST_OPTIONS(config)
