// Which push endpoints we are willing to POST to. The endpoint comes from an anonymous
// browser, so without a check the delivery job could be pointed at internal services
// (SSRF). Push services are public HTTPS hosts; loopback, private, link-local and
// single-label names are refused. Tests and the bench run a local push service on
// 127.0.0.1: PLAZA_PUSH_ALLOW_LOCAL=1 lets that through, and is ignored in production.
import net from 'node:net'

import type { Env } from '@/lib/config/env'

export const MAX_ENDPOINT_LENGTH = 2048

export function allowLocalEndpoints(env: Env = process.env): boolean {
  return env.PLAZA_PUSH_ALLOW_LOCAL === '1' && env.NODE_ENV !== 'production'
}

function privateIPv4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number)
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224
  )
}

function privateIPv6(ip: string): boolean {
  const lower = ip.toLowerCase()
  if (lower === '::' || lower === '::1') return true
  const mapped = lower.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)
  if (mapped) return privateIPv4(mapped[1])
  return /^(fc|fd|fe8|fe9|fea|feb)/.test(lower)
}

/** Null when acceptable, else the reason (shown to the API caller). */
export function endpointProblem(raw: string, env: Env = process.env): string | null {
  if (raw.length > MAX_ENDPOINT_LENGTH) {
    return `endpoint is longer than ${MAX_ENDPOINT_LENGTH} characters`
  }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'endpoint is not a URL'
  }
  if (url.protocol !== 'https:') return 'endpoint must be an https:// URL'
  if (url.username || url.password) return 'endpoint must not contain credentials'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (allowLocalEndpoints(env)) return null
  const version = net.isIP(host)
  if (version === 4 ? privateIPv4(host) : version === 6 ? privateIPv6(host) : false) {
    return 'endpoint must be a public push service, not a private or loopback address'
  }
  if (
    version === 0 &&
    (!host.includes('.') ||
      /\.(localhost|local|internal|home|lan|invalid|test)$/i.test(host) ||
      host === 'localhost')
  ) {
    return 'endpoint must be a public push service host'
  }
  return null
}
