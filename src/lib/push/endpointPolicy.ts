// Endpoints come from anonymous browsers: only the browsers' push services on port 443 (or
// PLAZA_PUSH_HOSTS) are accepted, against SSRF and slow fake hosts; private addresses are also
// refused at connect time (publicOnlyAgent.ts). PLAZA_PUSH_ALLOW_LOCAL is ignored in production.
import net from 'node:net'

import ipaddr from 'ipaddr.js'

import type { Env } from '@/lib/config/env'

export const MAX_ENDPOINT_LENGTH = 2048

/**
 * The browsers' push services: Chrome/Edge-on-Android/Opera (FCM), Firefox (Mozilla
 * autopush), Safari (Apple), Edge/Windows (WNS). `*.` matches any subdomain.
 */
export const PUSH_SERVICE_HOSTS: readonly string[] = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.push.services.mozilla.com',
  '*.push.apple.com',
  '*.notify.windows.com',
]

/** PLAZA_PUSH_HOSTS (comma-separated, replaces the list) or the browsers' services. */
export function pushServiceHosts(env: Env = process.env): readonly string[] {
  const own = (env.PLAZA_PUSH_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase().replace(/\.$/, ''))
    .filter(Boolean)
  return own.length > 0 ? own : PUSH_SERVICE_HOSTS
}

export function isPushServiceHost(host: string, hosts: readonly string[]): boolean {
  const name = host.toLowerCase().replace(/\.$/, '')
  return hosts.some((pattern) =>
    pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern,
  )
}

export function allowLocalEndpoints(env: Env = process.env): boolean {
  return env.PLAZA_PUSH_ALLOW_LOCAL === '1' && env.NODE_ENV !== 'production'
}

/**
 * Only ordinary public unicast addresses (none of IANA's special-purpose ranges); IPv4-mapped
 * IPv6 is judged as the IPv4 it carries.
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
  const hosts = pushServiceHosts(env)
  if (version !== 0 || !isPushServiceHost(host, hosts)) {
    return `endpoint must be a public push service host (${hosts.join(', ')}); ${host} is not one`
  }
  // URL drops the default port, so any port left is not 443.
  if (url.port !== '') return 'endpoint must use the push service on port 443'
  return null
}
