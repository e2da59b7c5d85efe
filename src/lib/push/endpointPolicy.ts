// Which push endpoints we are willing to POST to. The endpoint comes from an anonymous
// browser, so without a check the delivery job could be pointed at internal services
// (SSRF). Push services are public HTTPS hosts; loopback, private, link-local and
// single-label names are refused here, and a public name that resolves to such an address
// is refused when the delivery connects (publicOnlyAgent.ts). Tests and the bench run a local push service on
// 127.0.0.1: PLAZA_PUSH_ALLOW_LOCAL=1 lets that through, and is ignored in production.
import net from 'node:net'

import ipaddr from 'ipaddr.js'

import type { Env } from '@/lib/config/env'

export const MAX_ENDPOINT_LENGTH = 2048

export function allowLocalEndpoints(env: Env = process.env): boolean {
  return env.PLAZA_PUSH_ALLOW_LOCAL === '1' && env.NODE_ENV !== 'production'
}

/**
 * Only ordinary public unicast addresses (ipaddr.js's IANA special-purpose ranges: private,
 * loopback, link-local, carrier-grade NAT, unique-local, multicast, reserved, 6to4/Teredo
 * relays… are all something else). IPv4-mapped IPv6 is judged as the IPv4 it carries.
 */
export function isPublicAddress(ip: string): boolean {
  if (!ipaddr.isValid(ip)) return false
  return ipaddr.process(ip).range() === 'unicast'
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
  if (version !== 0 && !isPublicAddress(host)) {
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
