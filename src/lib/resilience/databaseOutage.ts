// While the database is away: a clear 503 with Retry-After, never a bare 500 or a hang
// (docs/SECURITY.md). A 5xx becomes 503 only after a quick probe fails.
import type { Payload } from 'payload'

const PROBE_TIMEOUT_MS = 3000
const PROBE_REUSE_MS = 2000

export const DATABASE_UNAVAILABLE =
  'The database is unavailable right now: nothing was read or changed. Please try again in a minute.'

export function databaseUnavailableResponse(): Response {
  return Response.json(
    { errors: [{ message: DATABASE_UNAVAILABLE }], error: DATABASE_UNAVAILABLE },
    { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '30' } },
  )
}

const lastProbe = new WeakMap<Payload, { at: number; reachable: Promise<boolean> }>()

/** One cheap read through the adapter, bounded in time; shared by concurrent callers. */
export function databaseReachable(payload: Payload): Promise<boolean> {
  const now = Date.now()
  const last = lastProbe.get(payload)
  if (last && now - last.at < PROBE_REUSE_MS) return last.reachable
  const probe = payload
    .count({ collection: 'payload-migrations', overrideAccess: true })
    .then(() => true)
  const timeout = new Promise<boolean>((resolve) =>
    setTimeout(() => resolve(false), PROBE_TIMEOUT_MS).unref(),
  )
  const reachable = Promise.race([probe, timeout]).catch(() => false)
  lastProbe.set(payload, { at: now, reachable })
  return reachable
}

/**
 * Statuses that may hide a database failure: 5xx, and 400 (Payload's REST answer to a failed
 * query). 401/403/404/429 do not depend on the database.
 */
const mayHideOutage = (status: number) => status >= 500 || status === 400

/** GraphQL answers 200 with `errors` when a resolver fails: look inside. */
export async function graphqlFailed(response: Response): Promise<boolean> {
  if (response.status !== 200) return false
  try {
    const body = (await response.clone().json()) as { errors?: unknown[] }
    return Array.isArray(body.errors) && body.errors.length > 0
  } catch {
    return false
  }
}

/** Wraps a route handler: a failure while the database is unreachable becomes a 503. */
export function unavailableWhenDatabaseDown<Args extends unknown[]>(
  handler: (...args: Args) => Response | Promise<Response>,
  payload: () => Promise<Payload>,
  { failed = async () => false }: { failed?: (response: Response) => Promise<boolean> } = {},
): (...args: Args) => Promise<Response> {
  const down = async () => !(await databaseReachable(await payload()))
  return async (...args) => {
    let response: Response
    try {
      response = await handler(...args)
    } catch (error) {
      if (await down()) return databaseUnavailableResponse()
      throw error
    }
    const suspect = mayHideOutage(response.status) || (await failed(response))
    if (suspect && (await down())) return databaseUnavailableResponse()
    return response
  }
}
