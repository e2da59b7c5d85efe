// A dead token answers 401, a live one without permission 403 (docs/SECURITY.md): Payload would
// answer a dead token like no token (docs/decisions/0003).
import type { Payload } from 'payload'

export const DEAD_TOKEN_MESSAGE =
  'Your session has ended or your token is not valid (signed out, expired or revoked): sign in again.'

/** Endpoints that must work without (or despite) a token: signing in and recovering. */
const ENTRY_POINTS = new Set([
  'login',
  'logout',
  'forgot-password',
  'reset-password',
  'first-register',
  'init',
  'verify',
])

function bearerToken(headers: Headers): string | null {
  const value = headers.get('authorization')
  if (!value) return null
  const match = /^(?:JWT|Bearer) (.+)$/.exec(value)
  return match ? match[1]! : null
}

function cookieToken(headers: Headers, cookieName: string): string | null {
  const cookie = headers.get('cookie')
  if (!cookie) return null
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === cookieName && rest.join('=')) return rest.join('=')
  }
  return null
}

/** True when Payload authenticates nobody from exactly these credentials. */
async function isDead(payload: Payload, credentials: Headers): Promise<boolean> {
  // No auto-login fallback: the question is about this token only.
  credentials.set('DisableAutologin', 'true')
  // A failure here is the database's, not the token's: it propagates (503 while down), never
  // "sign in again".
  const { user } = await payload.auth({ headers: credentials, canSetHeaders: false })
  return !user
}

export function deadTokenResponse(): Response {
  return Response.json(
    { errors: [{ message: DEAD_TOKEN_MESSAGE }] },
    {
      status: 401,
      headers: {
        'Cache-Control': 'no-store',
        'WWW-Authenticate': 'Bearer error="invalid_token"',
      },
    },
  )
}

/** A dead `Authorization` token in this request (null: none, or a live one). */
export async function deadBearer(payload: Payload, request: Request): Promise<boolean> {
  const token = bearerToken(request.headers)
  if (!token) return false
  return isDead(payload, new Headers({ authorization: request.headers.get('authorization')! }))
}

/** A dead session cookie in this request, judged as if sent from the site itself. */
export async function deadCookie(payload: Payload, request: Request): Promise<boolean> {
  const name = `${payload.config.cookiePrefix}-token`
  const token = cookieToken(request.headers, name)
  if (!token) return false
  const headers = new Headers({ cookie: `${name}=${token}` })
  const origin = payload.config.csrf[0]
  if (origin) headers.set('origin', origin)
  return isDead(payload, headers)
}

/** Wraps a Payload route handler: 401 for a dead token, everything else unchanged. */
export function answerDeadTokens<Args extends unknown[]>(
  getPayload: () => Promise<Payload>,
  handler: (request: Request, ...args: Args) => Promise<Response>,
  isEntryPoint: (request: Request, ...args: Args) => Promise<boolean>,
): (request: Request, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    if (!request.headers.has('authorization') && !request.headers.has('cookie')) {
      return handler(request, ...args)
    }
    if (await isEntryPoint(request, ...args)) return handler(request, ...args)
    const payload = await getPayload()
    if (await deadBearer(payload, request)) return deadTokenResponse()
    const response = await handler(request, ...args)
    if (response.status === 403 && (await deadCookie(payload, request))) {
      return deadTokenResponse()
    }
    return response
  }
}

/** `/api/<collection>/<login|logout|…>` and `/api/<collection>/verify/<token>`. */
export function isRestEntryPoint(slug: string[]): boolean {
  return slug.length >= 2 && ENTRY_POINTS.has(slug[1]!)
}

/** A GraphQL document that only signs in or recovers (login, forgotPassword, resetPassword…). */
export function isGraphqlEntryPoint(text: string): boolean {
  return /\b(login|logout|forgotPassword|resetPassword|verifyEmail)(?!Attempts)[A-Z_]\w*/.test(text)
}
