// Checked before Payload's REST handler: a download must be a plain file name directly in the
// collection's own folder (Payload joins the decoded name, so `a%2Fb` reached other collections),
// and an upload is refused from its headers before a byte of the body is read.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { auditAccessErrors } from '@/lib/audit/hooks'

import { isPlainFileName } from './uploadDirs'

/** Room for the form around the file (boundaries, part headers, the `_payload` field). */
export const FORM_OVERHEAD_BYTES = 256 * 1024

const answer = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json(
    { errors: [{ message }] },
    { status, headers: { 'Cache-Control': 'no-store', ...headers } },
  )

const notFound = () => answer(404, 'Not Found')

function uploadCollection(payload: Payload, slug: string): SanitizedCollectionConfig | null {
  const config = (
    payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>
  )[slug]?.config
  return config?.upload ? config : null
}

/** The largest file a collection takes: `custom.maxUploadBytes`, else Payload's global limit. */
export function maxUploadBytes(payload: Payload, collection: SanitizedCollectionConfig): number {
  const own = (collection.custom as { maxUploadBytes?: number } | undefined)?.maxUploadBytes
  return own ?? payload.config.upload?.limits?.fileSize ?? 0
}

/** The path segments after /api/, raw, as Payload's REST handler splits them. */
function apiSegments(request: Request): string[] {
  const pathname = new URL(request.url).pathname.replace(/\/+$/, '')
  return pathname.replace(/^\/api\/?/, '').split('/')
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** For `GET /api/<upload collection>/file/…`: a 404 unless it names one of its own files. */
export function refuseFileRequest(payload: Payload, request: Request): Response | null {
  const segments = apiSegments(request)
  if (segments[1] !== 'file') return null
  const collection = uploadCollection(payload, segments[0]!)
  if (!collection) return null
  const name = segments.length === 3 ? decoded(segments[2]!) : null
  if (name === null || !isPlainFileName(name)) return notFound()
  const dir = path.resolve(String(collection.upload.staticDir || collection.slug))
  try {
    // lstat: a symbolic link placed in the folder is not followed out of it.
    if (!fs.lstatSync(path.join(dir, name)).isFile()) return notFound()
  } catch {
    return notFound()
  }
  return null
}

function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length')
  return (length !== null && length !== '0') || request.headers.has('transfer-encoding')
}

/**
 * For a create (`POST /api/<upload>`) or update (`PATCH /api/<upload>/<id>`) with a body:
 * the answer to send instead of reading it, or null to go ahead.
 */
export async function refuseUploadBeforeReading(
  payload: Payload,
  request: Request,
  operation: 'create' | 'update',
): Promise<Response | null> {
  const collection = uploadCollection(payload, apiSegments(request)[0]!)
  if (!collection || !hasBody(request)) return null
  const { user } = await payload.auth({ headers: request.headers })
  const access = collection.access[operation]
  const req = { user, payload, headers: request.headers, context: {} } as unknown as PayloadRequest
  // Rules that depend on the document answer a query (not false): Payload decides those.
  const allowed = await access({ req, data: undefined, id: undefined } as never)
  if (allowed === false) {
    // Recorded like the refusals Payload itself answers (the audit log's afterError hook).
    const error = Object.assign(new Error('You are not allowed to perform this action.'), {
      name: 'Forbidden',
      status: 403,
    })
    const auditReq = { ...req, url: request.url, method: request.method, routeParams: {} }
    await auditAccessErrors({ error, req: auditReq, collection } as never)
    return answer(403, error.message)
  }

  const limit = maxUploadBytes(payload, collection)
  const declared = request.headers.get('content-length')
  if (declared === null) {
    return answer(411, 'Send the upload with a Content-Length header.')
  }
  if (Number(declared) > limit + FORM_OVERHEAD_BYTES) {
    const mb = Math.round(limit / 1024 / 1024)
    return answer(
      413,
      `The upload is larger than the ${mb} MB this collection takes; send a smaller file.`,
    )
  }
  return null
}
