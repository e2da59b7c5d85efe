// One bounded GET of an operator's GTFS-Realtime feed: an admin-typed URL must not reach
// internal services (docs/SECURITY.md, "Outbound requests"); the public-only lookup checks the
// address actually used. PLAZA_REALTIME_ALLOW_LOCAL (tests) is ignored in production.
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import type { Env } from '@/lib/config/env'
import { isPublicAddress } from '@/lib/push/endpointPolicy'
import { PRIVATE_ADDRESS_CODE, publicOnlyLookup } from '@/lib/push/publicOnlyAgent'

export const REALTIME_TIMEOUT_MS = 10_000
export const REALTIME_MAX_BYTES = 5 * 1024 * 1024

/** PLAZA_REALTIME_MAX_BYTES raises the cap for a large network (up to 50 MB). */
export function realtimeMaxBytes(env: Env = process.env): number {
  const n = Number(env.PLAZA_REALTIME_MAX_BYTES)
  return Number.isInteger(n) && n > 0 ? Math.min(n, 50 * 1024 * 1024) : REALTIME_MAX_BYTES
}

/** What operators serve protobuf as; text, HTML and JSON answers are error pages. */
const PROTOBUF_TYPES = [
  'application/x-protobuf',
  'application/protobuf',
  'application/vnd.google.protobuf',
  'application/x-google-protobuf',
  'application/octet-stream',
]

export function allowLocalFeeds(env: Env = process.env): boolean {
  return env.PLAZA_REALTIME_ALLOW_LOCAL === '1' && env.NODE_ENV !== 'production'
}

/** Null when the URL may be fetched, else why not (shown in the admin). */
export function feedUrlProblem(raw: string, env: Env = process.env): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'is not a URL'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s):// URL'
  if (url.username || url.password) return 'must not contain credentials (use the headers)'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!allowLocalFeeds(env) && net.isIP(host) !== 0 && !isPublicAddress(host)) {
    return 'must not point to a private or loopback address'
  }
  return null
}

export class FeedFetchError extends Error {
  override name = 'FeedFetchError'
}

export interface FetchOptions {
  headers?: Record<string, string>
  timeoutMs?: number
  maxBytes?: number
  env?: Env
}

/** Why an answer is refused from its head alone (status, content type, size), or null. */
function headProblem(response: http.IncomingMessage, maxBytes: number): string | null {
  const status = response.statusCode ?? 0
  if (status !== 200) {
    return status >= 300 && status < 400
      ? `The feed answered with a redirect (${status}), which is not followed; use the final URL.`
      : `The feed answered HTTP ${status}.`
  }
  const type = (response.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (type && !PROTOBUF_TYPES.includes(type)) {
    return `The feed answered "${type.slice(0, 60)}", not protobuf.`
  }
  const declared = Number(response.headers['content-length'])
  if (declared > maxBytes) return `The feed is larger than ${maxBytes} bytes.`
  return null
}

/** Collects the body, failing as soon as it grows past `maxBytes`. */
function readBody(
  response: http.IncomingMessage,
  maxBytes: number,
  fail: (message: string) => void,
  done: (chunks: Buffer[]) => void,
): void {
  const chunks: Buffer[] = []
  let size = 0
  response.on('data', (chunk: Buffer) => {
    size += chunk.length
    if (size > maxBytes) return fail(`The feed is larger than ${maxBytes} bytes.`)
    chunks.push(chunk)
  })
  response.on('end', () => done(chunks))
  response.on('error', (error) => fail(`The feed download failed: ${error.message}`))
}

/** The feed's bytes, or a FeedFetchError whose message says what went wrong in one sentence. */
export function fetchFeed(raw: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const env = options.env ?? process.env
  const timeoutMs = options.timeoutMs ?? REALTIME_TIMEOUT_MS
  const maxBytes = options.maxBytes ?? realtimeMaxBytes(env)
  const problem = feedUrlProblem(raw, env)
  if (problem) return Promise.reject(new FeedFetchError(`The feed URL ${problem}.`))
  const url = new URL(raw)
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    let settled = false
    const fail = (message: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      request.destroy()
      reject(new FeedFetchError(message))
    }
    const request = client.get(
      url,
      {
        headers: { accept: 'application/x-protobuf, application/octet-stream', ...options.headers },
        ...(allowLocalFeeds(env) ? {} : { lookup: publicOnlyLookup() as never }),
        agent: false,
      },
      (response) => {
        const refused = headProblem(response, maxBytes)
        if (refused) {
          // Its body is not wanted: drained, and the request destroyed by fail().
          response.resume()
          return fail(refused)
        }
        readBody(response, maxBytes, fail, (chunks) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          resolve(new Uint8Array(Buffer.concat(chunks)))
        })
      },
    )
    request.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === PRIVATE_ADDRESS_CODE
          ? `The feed host ${url.hostname} resolves to a private or loopback address; refused.`
          : `The feed could not be reached: ${error.message}`,
      ),
    )
    const timer = setTimeout(
      () => fail(`The feed did not answer completely within ${timeoutMs / 1000} s.`),
      timeoutMs,
    )
  })
}
