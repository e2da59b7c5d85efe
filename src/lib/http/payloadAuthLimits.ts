// Rate limits in front of Payload's auth endpoints, which have no limiter of their own
// (docs/SECURITY.md).
import { rateLimit, type RateLimitPolicy } from './rateLimit'

// Logins run one at a time in this process: on SQLite, parallel logins (a write transaction held
// while hashing) ended in "database is locked". The queue is bounded: a flood gets 503.
const MAX_WAITING_LOGINS = 50
let loginQueue: Promise<unknown> = Promise.resolve()
let waitingLogins = 0

async function oneLoginAtATime(run: () => Promise<Response>): Promise<Response> {
  if (waitingLogins >= MAX_WAITING_LOGINS) {
    return Response.json(
      { error: 'Too many sign-ins are in progress. Please try again in a few seconds.' },
      { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } },
    )
  }
  waitingLogins++
  const turn = loginQueue.then(run)
  loginQueue = turn.catch(() => undefined)
  try {
    return await turn
  } finally {
    waitingLogins--
  }
}

type RestArgs = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, args: RestArgs) => Promise<Response>

const REST_POLICIES: Record<string, RateLimitPolicy> = {
  login: 'login',
  'forgot-password': 'forgotPassword',
}

/** The e-mail a forgot-password body names (JSON, or the admin's form data `_payload`). */
async function emailOf(request: Request): Promise<string | undefined> {
  try {
    const type = request.headers.get('content-type') ?? ''
    let body: unknown
    if (type.includes('application/json')) body = await request.clone().json()
    else if (type.includes('multipart/form-data') || type.includes('urlencoded')) {
      const payloadField = (await request.clone().formData()).get('_payload')
      body = typeof payloadField === 'string' ? JSON.parse(payloadField) : undefined
    }
    const email = (body as { email?: unknown } | undefined)?.email
    return typeof email === 'string' ? email : undefined
  } catch {
    return undefined // Payload answers the malformed body itself.
  }
}

/**
 * Payload's REST login and forgot-password, limited per client; forgot-password also per
 * e-mail, so nobody floods one inbox by rotating addresses.
 */
export function limitRestAuth(handler: RestHandler): RestHandler {
  return async (request, args) => {
    const { slug } = await args.params
    const policy = slug.length === 2 ? REST_POLICIES[slug[1]] : undefined
    if (policy) {
      const extraKey = policy === 'forgotPassword' ? await emailOf(request) : undefined
      const limited = await rateLimit(policy, request, { extraKey })
      if (limited) return limited
      return oneLoginAtATime(() => handler(request, args))
    }
    return handler(request, args)
  }
}

// Aliases and fragments cannot hide a field name, so counting `login<Collection>` names counts
// every attempt, aliased batches included.
const GRAPHQL_POLICIES: Array<[RegExp, RateLimitPolicy]> = [
  [/\blogin(?!Attempts)[A-Z_]\w*/g, 'login'],
  [/\bforgotPassword[A-Z_]\w*/g, 'forgotPassword'],
]

/** Payload's GraphQL POST handler with the same login and forgot-password limits as REST. */
export function limitGraphqlAuth(
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    let text = ''
    try {
      text = await request.clone().text()
    } catch {
      // An unreadable body is GraphQL's to refuse.
    }
    let auth = false
    for (const [pattern, policy] of GRAPHQL_POLICIES) {
      const points = text.match(pattern)?.length ?? 0
      if (points === 0) continue
      auth = true
      const limited = await rateLimit(policy, request, { points })
      if (limited) return limited
    }
    return auth ? oneLoginAtATime(() => handler(request)) : handler(request)
  }
}
