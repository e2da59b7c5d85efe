// Citizen sign-in by OpenID Connect (code + PKCE, state and nonce). The redirect URI comes from
// the configured server URL only, never the Host header, so a forged Host cannot divert the code.
import * as client from 'openid-client'

import { readServerUrl, type Env } from '@/lib/config/env'

import { deriveKey } from './keys'
import { serializeCookie } from './session'
import { signToken, verifyToken } from './signedToken'

export const OIDC_TX_COOKIE = 'plaza_eoffice_tx'
export const OIDC_TX_TTL_SECONDS = 10 * 60
export const EOFFICE_API = '/api/eoffice'

export interface OidcSettings {
  issuer: string
  clientId: string
  clientSecret: string
  redirectUri: string
}

/** The provider settings from the environment, or null when the city has not enabled it. */
export function readOidcSettings(env: Env = process.env): OidcSettings | null {
  const issuer = env.EOFFICE_OIDC_ISSUER?.trim()
  const clientId = env.EOFFICE_OIDC_CLIENT_ID?.trim()
  if (!issuer || !clientId) return null
  return {
    issuer: normaliseIssuer(issuer),
    clientId,
    clientSecret: env.EOFFICE_OIDC_CLIENT_SECRET?.trim() ?? '',
    redirectUri: `${readServerUrl(env)}${EOFFICE_API}/callback`,
  }
}

/** The issuer as configured, without a trailing slash: the form hashed with each `sub`. */
export function normaliseIssuer(issuer: string): string {
  return issuer.trim().replace(/\/+$/, '')
}

/** Plain http is allowed only for a provider on this machine (tests, local demo). */
function isLoopbackHttp(issuer: URL): boolean {
  return (
    issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname)
  )
}

const configurations = new Map<string, { at: number; config: Promise<client.Configuration> }>()
const DISCOVERY_TTL_MS = 60 * 60 * 1000

/** The provider's discovered configuration, cached an hour; a failed discovery is retried. */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer}\n${settings.clientId}\n${settings.clientSecret}`
  const cached = configurations.get(key)
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config
  const issuer = new URL(settings.issuer)
  const config = client.discovery(
    issuer,
    settings.clientId,
    undefined,
    settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
    isLoopbackHttp(issuer)
      ? { execute: [client.allowInsecureRequests], timeout: 10 }
      : { timeout: 10 },
  )
  configurations.set(key, { at: Date.now(), config })
  config.catch(() => configurations.delete(key))
  return config
}

interface Transaction {
  state: string
  nonce: string
  verifier: string
  /** Where to go after sign-in: a same-site path. */
  next: string
}

/** Only a path on this site (no scheme, no `//host`), else the inbox. */
export function safeNextPath(value: string | null | undefined, fallback: string): string {
  if (!value || value.length > 200) return fallback
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback
  if (/[\u0000-\u001f]/.test(value)) return fallback
  return value
}

/** Starts sign-in: the provider's authorization URL and the transaction cookie. */
export async function beginSignIn(
  settings: OidcSettings,
  next: string,
  env: Env = process.env,
): Promise<{ url: URL; cookie: string }> {
  const config = await oidcConfiguration(settings)
  const tx: Transaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    next,
  }
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: 'openid',
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(tx.verifier),
    code_challenge_method: 'S256',
    state: tx.state,
    nonce: tx.nonce,
  })
  const token = signToken({ ...tx }, deriveKey('oidc-transaction', env), {
    ttlSeconds: OIDC_TX_TTL_SECONDS,
  })
  const cookie = serializeCookie(OIDC_TX_COOKIE, token, {
    path: EOFFICE_API,
    maxAgeSeconds: OIDC_TX_TTL_SECONDS,
    env,
  })
  return { url, cookie }
}

export function clearTransactionCookie(env: Env = process.env): string {
  return serializeCookie(OIDC_TX_COOKIE, '', { path: EOFFICE_API, maxAgeSeconds: 0, env })
}

export function readTransaction(value: string | undefined, env: Env = process.env) {
  const tx = verifyToken<Record<string, unknown>>(value, deriveKey('oidc-transaction', env))
  if (!tx) return null
  const { state, nonce, verifier, next } = tx
  if ([state, nonce, verifier, next].some((v) => typeof v !== 'string')) return null
  return tx as unknown as Transaction
}

/** Thrown when the provider's answer must be refused (state, nonce, PKCE, signature…). */
export class SignInError extends Error {
  override name = 'SignInError'
}

/**
 * Finishes sign-in: exchanges the code (PKCE verifier), checks state, nonce and the ID
 * token; returns the verified subject.
 */
export async function completeSignIn(
  settings: OidcSettings,
  requestUrl: URL,
  tx: Transaction,
): Promise<{ sub: string }> {
  const config = await oidcConfiguration(settings)
  // The URL the provider redirected to, rebuilt on the configured origin: only its query
  // comes from the request.
  const current = new URL(settings.redirectUri)
  current.search = requestUrl.search
  let tokens
  try {
    tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: tx.verifier,
      expectedState: tx.state,
      expectedNonce: tx.nonce,
      idTokenExpected: true,
    })
  } catch (error) {
    throw new SignInError(error instanceof Error ? error.message : String(error))
  }
  const claims = tokens.claims()
  if (!claims?.sub) throw new SignInError('The ID token has no subject.')
  // openid-client has checked `iss` against the discovered issuer; the subject is hashed
  // with the configured issuer (settings.issuer), which the webhook side uses too.
  return { sub: claims.sub }
}
