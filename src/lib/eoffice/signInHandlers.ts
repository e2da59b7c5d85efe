// Citizens' sign-in with the electronic office: login, the provider's callback, logout, disconnect.
import { readServerUrl } from '@/lib/config/env'
import { isSameOrigin } from '@/lib/http/sameOrigin'
import { defaultLocale, isLocale } from '@/lib/i18n/locales'

import { disconnectLink, linkCitizen } from './links'
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
import {
  formOrJson,
  inboxPath,
  json,
  localeOf,
  NO_STORE,
  redirect,
  type HandlerContext,
} from './responses'
import {
  CITIZEN_COOKIE,
  citizenFromSessionValue,
  clearSessionCookie,
  endSession,
  startSession,
} from './session'
import { readCookie } from './signedToken'

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
