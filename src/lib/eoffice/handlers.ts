// The /api/eoffice route handlers, as plain Request → Response functions taking the
// Payload instance, so tests drive them over real HTTP without Next.js. The route files
// under src/app/(frontend)/api/eoffice/ are one-line wrappers.
import type { Payload } from 'payload'

import { ConfigError, readServerUrl, readWebhookSecret, type Env } from '@/lib/config/env'
import { readLimitedText } from '@/lib/http/limitedBody'
import { isSameOrigin } from '@/lib/http/sameOrigin'
import { defaultLocale, isLocale } from '@/lib/i18n/locales'

import { deviceIds, disconnectLink, linkCitizen, linkDevice, unlinkDevice } from './links'
import { receiveMessage } from './notices'
import {
  beginSignIn,
  clearTransactionCookie,
  completeSignIn,
  OIDC_TX_COOKIE,
  readOidcSettings,
  readTransaction,
  safeNextPath,
  SignInError,
} from './oidc'
import { readEOfficeSettings } from './readEOfficeSettings'
import {
  CITIZEN_COOKIE,
  citizenFromSessionValue,
  clearSessionCookie,
  endSession,
  startSession,
} from './session'
import { readCookie } from './signedToken'
import {
  MAX_BODY_BYTES,
  parseEOfficeMessage,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyWebhookSignature,
} from './webhook'

export interface HandlerContext {
  payload: Payload
  env?: Env
}

const NO_STORE = { 'Cache-Control': 'no-store' }

/** The inbox path for a locale: where every citizen flow starts and ends. */
export function inboxPath(locale: string): string {
  return `/${isLocale(locale) ? locale : defaultLocale}/my/notifications`
}

function redirect(env: Env, path: string, cookies: string[] = []): Response {
  const headers = new Headers({ ...NO_STORE, Location: `${readServerUrl(env)}${path}` })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

function json(status: number, body: unknown, cookies: string[] = []): Response {
  const headers = new Headers({ ...NO_STORE, 'Content-Type': 'application/json' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(JSON.stringify(body), { status, headers })
}

function localeOf(path: string): string {
  const first = path.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

/** GET /api/eoffice/login?locale=xx[&next=/xx/...]: to the identity provider. */
export async function handleLogin(
  request: Request,
  { env = process.env }: Partial<HandlerContext> = {},
) {
  const params = new URL(request.url).searchParams
  const locale = isLocale(params.get('locale')) ? (params.get('locale') as string) : defaultLocale
  const settings = readOidcSettings(env)
  if (!settings) return redirect(env, inboxPath(locale))
  const next = safeNextPath(params.get('next'), inboxPath(locale))
  try {
    const { url, cookie } = await beginSignIn(settings, next, env)
    return new Response(null, {
      status: 303,
      headers: { ...NO_STORE, Location: url.href, 'Set-Cookie': cookie },
    })
  } catch (error) {
    console.error('eoffice: cannot reach the identity provider:', (error as Error).message)
    return redirect(env, `${inboxPath(locale)}?error=unavailable`)
  }
}

/** GET /api/eoffice/callback: the provider's answer; on success, the citizen session. */
export async function handleCallback(
  request: Request,
  { payload, env = process.env }: HandlerContext,
) {
  const settings = readOidcSettings(env)
  const tx = readTransaction(readCookie(request.headers.get('cookie'), OIDC_TX_COOKIE), env)
  const locale = tx ? localeOf(tx.next) : defaultLocale
  const refuse = (error: string) =>
    redirect(env, `${inboxPath(locale)}?error=${error}`, [clearTransactionCookie(env)])
  if (!settings) return redirect(env, inboxPath(locale))
  if (!tx) return refuse('expired')
  const url = new URL(request.url)
  if (url.searchParams.has('error')) return refuse('cancelled')
  let sub: string
  try {
    ;({ sub } = await completeSignIn(settings, url, tx))
  } catch (error) {
    if (!(error instanceof SignInError)) throw error
    console.warn('eoffice: sign-in refused:', error.message)
    return refuse('signin')
  }
  const link = await linkCitizen(payload, settings.issuer, sub)
  return redirect(env, tx.next, [
    clearTransactionCookie(env),
    await startSession(payload, link, env),
  ])
}

async function formOrJson(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const body = await request.json()
      return body && typeof body === 'object' && !Array.isArray(body) ? body : {}
    }
    if (type.includes('form')) {
      const form = await request.formData()
      return Object.fromEntries(
        [...form.entries()].filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>
    }
  } catch {
    // An unreadable body is treated as an empty one: every field is optional or checked.
  }
  return {}
}

/** POST /api/eoffice/logout: ends the citizen session for good (the link stays). */
export async function handleLogout(
  request: Request,
  { payload, env = process.env }: HandlerContext,
) {
  if (!isSameOrigin(request, readServerUrl(env)))
    return json(403, { error: 'Cross-site request refused.' })
  const body = await formOrJson(request)
  await endSession(payload, readCookie(request.headers.get('cookie'), CITIZEN_COOKIE), env)
  return redirect(env, inboxPath(body.locale ?? defaultLocale), [clearSessionCookie(env)])
}

/** POST /api/eoffice/disconnect: deletes the link and its notices, ends the session. */
export async function handleDisconnect(
  request: Request,
  { payload, env = process.env }: HandlerContext,
) {
  if (!isSameOrigin(request, readServerUrl(env)))
    return json(403, { error: 'Cross-site request refused.' })
  const body = await formOrJson(request)
  const locale = body.locale ?? defaultLocale
  const link = await citizenFromSessionValue(
    payload,
    readCookie(request.headers.get('cookie'), CITIZEN_COOKIE),
  )
  if (!link) return redirect(env, inboxPath(locale), [clearSessionCookie(env)])
  await disconnectLink(payload, link.id)
  return redirect(env, `${inboxPath(locale)}?disconnected=1`, [clearSessionCookie(env)])
}

function validEndpoint(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/** POST (link) or DELETE (unlink) /api/eoffice/devices {endpoint}. */
export async function handleDevices(
  request: Request,
  { payload, env = process.env }: HandlerContext,
) {
  if (!isSameOrigin(request, readServerUrl(env)))
    return json(403, { error: 'Cross-site request refused.' })
  const link = await citizenFromSessionValue(
    payload,
    readCookie(request.headers.get('cookie'), CITIZEN_COOKIE),
  )
  if (!link) return json(401, { error: 'Sign in with the electronic office first.' })
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
    return json(415, { error: 'Send JSON: {"endpoint": "https://…"}.' })
  }
  const body = await formOrJson(request)
  if (!validEndpoint(body.endpoint)) {
    return json(400, {
      error: 'endpoint must be the https URL of this device’s push subscription.',
    })
  }
  const result =
    request.method === 'DELETE'
      ? await unlinkDevice(payload, link, body.endpoint)
      : await linkDevice(payload, link, body.endpoint)
  if (result === 'unknown-endpoint') {
    return json(404, {
      error: 'This device has no push subscription here: turn on “Notify me” first.',
    })
  }
  return json(200, { [result]: true })
}

/** GET /api/eoffice/devices?endpoint=…: whether this device is linked (for the page's script). */
export async function handleDeviceStatus(request: Request, { payload }: HandlerContext) {
  const link = await citizenFromSessionValue(
    payload,
    readCookie(request.headers.get('cookie'), CITIZEN_COOKIE),
  )
  if (!link) return json(401, { error: 'Not signed in.' })
  const endpoint = new URL(request.url).searchParams.get('endpoint')
  if (!validEndpoint(endpoint)) return json(400, { error: 'endpoint must be an https URL.' })
  const { docs } = await payload.find({
    collection: 'push-subscriptions',
    where: { endpoint: { equals: endpoint } },
    select: {},
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const id = docs[0]?.id
  return json(200, {
    subscribed: id !== undefined,
    linked: id !== undefined && deviceIds(link).includes(id),
  })
}

/** POST /api/eoffice/messages: the electronic office's signed webhook. */
export async function handleMessage(
  request: Request,
  { payload, env = process.env }: HandlerContext,
) {
  let secret: string | null
  try {
    secret = readWebhookSecret(env)
  } catch (error) {
    // A short secret could be guessed from one signed request: the webhook stays off.
    if (!(error instanceof ConfigError)) throw error
    console.error(`eoffice: ${error.message}`)
    secret = null
  }
  const settings = readOidcSettings(env)
  if (!secret || !settings) {
    return json(503, { error: 'The electronic-office connection is not configured on this site.' })
  }
  const rawBody = await readLimitedText(request, MAX_BODY_BYTES)
  if (rawBody === null)
    return json(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` })
  const check = verifyWebhookSignature({
    secret,
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    rawBody,
  })
  if (!check.ok) return json(401, { error: `Refused: ${check.reason}.` })
  const parsed = parseEOfficeMessage(rawBody, await readEOfficeSettings(payload))
  if (!parsed.ok) return json(400, { error: parsed.error })
  // Whatever happened to it (stored, duplicate, unknown recipient, already past retention),
  // the caller learns only that it was accepted.
  await receiveMessage(payload, parsed.message, { issuer: settings.issuer })
  return json(202, { accepted: true })
}
