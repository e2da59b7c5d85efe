// Checks one external link with a server-side fetcher's guards (docs/SECURITY.md, SSRF): the
// address connected to is the one checked and must be public; redirects are followed by hand.
import dns, { type LookupAddress, type LookupOptions } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import ipaddr from 'ipaddr.js'

import { isPublicAddress } from '@/lib/push/endpointPolicy'

import type { HostPacer } from './hostPacer'

export const LINK_STATUSES = ['ok', 'broken', 'redirect', 'timeout', 'blocked'] as const
export type LinkStatus = (typeof LINK_STATUSES)[number]

export interface LinkCheckResult {
  url: string
  status: LinkStatus
  /** The last HTTP status received (null when no answer came). */
  httpStatus: number | null
  /** Where the redirects ended, when there were any. */
  finalUrl: string | null
  error: string | null
}

export interface CheckLinkOptions {
  pacer: HostPacer
  timeoutMs?: number
  maxRedirects?: number
  /** Tests and the bench only: lets 127.0.0.0/8 and ::1 through (never other private ranges). */
  allowLoopback?: boolean
  userAgent?: string
}

const BLOCKED = 'EPLAZA_LINK_BLOCKED'
const TIMED_OUT = 'EPLAZA_LINK_TIMEOUT'

type Answer = { statusCode: number; location: string | null }

function addressAllowed(ip: string, allowLoopback: boolean): boolean {
  if (isPublicAddress(ip)) return true
  return allowLoopback && ipaddr.isValid(ip) && ipaddr.process(ip).range() === 'loopback'
}

function failure(code: string, message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(message)
  error.code = code
  return error
}

/** A net `lookup` that keeps only allowed addresses, so the checked address is the one used. */
function guardedLookup(allowLoopback: boolean) {
  return (
    hostname: string,
    options: LookupOptions,
    callback: (
      error: NodeJS.ErrnoException | null,
      address: string | LookupAddress[],
      family?: number,
    ) => void,
  ): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const usable = addresses.filter((entry) => addressAllowed(entry.address, allowLoopback))
      if (usable.length === 0)
        return callback(
          failure(BLOCKED, `${hostname} resolves to a private or loopback address`),
          [],
        )
      if (options.all) return callback(null, usable)
      callback(null, usable[0].address, usable[0].family)
    })
  }
}

function requestOnce(
  url: URL,
  method: 'HEAD' | 'GET',
  { timeoutMs, allowLoopback, userAgent }: Required<Omit<CheckLinkOptions, 'pacer'>>,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http
    const request = client.request(
      url,
      {
        method,
        headers: { 'user-agent': userAgent, accept: '*/*' },
        lookup: guardedLookup(allowLoopback) as never,
        agent: false,
      },
      (response) => {
        // Only the status and headers matter: the body is never read.
        resolve({
          statusCode: response.statusCode ?? 0,
          location: response.headers.location ?? null,
        })
        response.destroy()
      },
    )
    const timer = setTimeout(
      () => request.destroy(failure(TIMED_OUT, `no answer within ${timeoutMs} ms`)),
      timeoutMs,
    )
    request.on('error', reject)
    request.on('close', () => clearTimeout(timer))
    request.end()
  })
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase()

function fromError(error: unknown): Pick<LinkCheckResult, 'status' | 'error'> {
  const { code, message } = error as NodeJS.ErrnoException
  if (code === BLOCKED) return { status: 'blocked', error: message }
  if (code === TIMED_OUT) return { status: 'timeout', error: message }
  if (code === 'ENOTFOUND') return { status: 'broken', error: 'host not found' }
  return { status: 'broken', error: code ? `${code}: ${message}` : message }
}

type CheckSettings = Required<Omit<CheckLinkOptions, 'pacer'>>

const checkSettings = (options: CheckLinkOptions): CheckSettings => ({
  timeoutMs: options.timeoutMs ?? 10_000,
  maxRedirects: options.maxRedirects ?? 5,
  allowLoopback: options.allowLoopback ?? false,
  userAgent: options.userAgent ?? 'PlazaLinkCheck/1.0',
})

/** Why a URL is not requested at all (its scheme, or an IP literal that is not public). */
function addressProblem(
  url: URL,
  allowLoopback: boolean,
): Pick<LinkCheckResult, 'status' | 'error'> | null {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { status: 'broken', error: 'not an http(s) address' }
  const host = hostOf(url)
  // Node connects to an IP literal without any lookup: judge the literal itself.
  if (net.isIP(host) !== 0 && !addressAllowed(host, allowLoopback))
    return { status: 'blocked', error: `${host} is a private or loopback address` }
  return null
}
type Attempt = { answer: Answer } | { failed: Pick<LinkCheckResult, 'status' | 'error'> }

/**
 * HEAD first (cheap); GET when HEAD is refused or fails, as some servers mishandle HEAD.
 * A timeout is not retried with GET: it would double the wait on a dead host.
 */
async function headThenGet(
  target: URL,
  host: string,
  pacer: HostPacer,
  settings: CheckSettings,
): Promise<Attempt> {
  try {
    let answer = await pacer.run(host, () => requestOnce(target, 'HEAD', settings))
    if (answer.statusCode >= 400)
      answer = await pacer.run(host, () => requestOnce(target, 'GET', settings))
    return { answer }
  } catch (headError) {
    if (fromError(headError).status !== 'broken') return { failed: fromError(headError) }
    try {
      return { answer: await pacer.run(host, () => requestOnce(target, 'GET', settings)) }
    } catch (getError) {
      return { failed: fromError(getError) }
    }
  }
}

/** Where a redirect leads, or why it is not followed. */
function redirectTarget(
  location: string,
  current: URL,
  visited: Set<string>,
  redirects: number,
  maxRedirects: number,
): { next: URL } | { error: string } {
  let next: URL
  try {
    next = new URL(location, current)
  } catch {
    return { error: 'invalid redirect' }
  }
  if (visited.has(next.toString())) return { error: 'redirect loop' }
  if (redirects + 1 > maxRedirects) return { error: `more than ${maxRedirects} redirects` }
  return { next }
}

export async function checkLink(raw: string, options: CheckLinkOptions): Promise<LinkCheckResult> {
  const settings = checkSettings(options)
  const result = (fields: Omit<LinkCheckResult, 'url'>): LinkCheckResult => ({
    url: raw,
    ...fields,
  })
  let current: URL
  try {
    current = new URL(raw)
  } catch {
    return result({ status: 'broken', httpStatus: null, finalUrl: null, error: 'not a valid URL' })
  }
  const visited = new Set<string>()
  let httpStatus: number | null = null
  for (let redirects = 0; ; redirects += 1) {
    const finalUrl = redirects > 0 ? current.toString() : null
    const refused = addressProblem(current, settings.allowLoopback)
    if (refused)
      return result({ status: refused.status, httpStatus, finalUrl, error: refused.error })
    visited.add(current.toString())
    const host = hostOf(current)
    const attempt = await headThenGet(current, host, options.pacer, settings)
    if ('failed' in attempt) return result({ ...attempt.failed, httpStatus, finalUrl })
    const { answer } = attempt
    httpStatus = answer.statusCode
    if (httpStatus >= 300 && httpStatus < 400 && answer.location) {
      const redirect = redirectTarget(
        answer.location,
        current,
        visited,
        redirects,
        settings.maxRedirects,
      )
      if ('error' in redirect)
        return result({ status: 'broken', httpStatus, finalUrl, error: redirect.error })
      current = redirect.next
      continue
    }
    if (httpStatus >= 200 && httpStatus < 300)
      return result({
        status: redirects > 0 ? 'redirect' : 'ok',
        httpStatus,
        finalUrl,
        error: null,
      })
    return result({ status: 'broken', httpStatus, finalUrl, error: `HTTP ${httpStatus}` })
  }
}
