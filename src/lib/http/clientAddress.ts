// Who a client is, for rate limits, the login lockout and the audit log: the socket address,
// or N proxies left of it when trusted (docs/decisions/0002). Every caller asks here.
import { randomBytes } from 'node:crypto'
import diagnostics from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

import ipaddr from 'ipaddr.js'

import { trustedProxyHops, type Env } from '@/lib/config/env'

/** The header the observer writes: "<per-process key> <socket address>". */
export const SOCKET_ADDRESS_HEADER = 'x-plaza-socket-address'

export const UNKNOWN_CLIENT = 'unknown'

const STATE = Symbol.for('plaza.clientSockets')
type State = { key: string; observing: boolean }

/** Shared by every bundle of the server process (route handlers, proxy, instrumentation). */
function state(): State {
  const global = globalThis as typeof globalThis & { [STATE]?: State }
  global[STATE] ??= { key: randomBytes(18).toString('base64url'), observing: false }
  return global[STATE]
}

/**
 * Starts tagging every incoming HTTP request of this process with its socket address.
 * Idempotent; the route servers of the integration tests call it too, as production does.
 */
export function observeClientSockets(): void {
  const current = state()
  if (current.observing) return
  current.observing = true
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    const address = socket?.remoteAddress ?? request.socket?.remoteAddress
    // Always overwritten, so a client-sent header of the same name never survives.
    request.headers[SOCKET_ADDRESS_HEADER] = address ? `${current.key} ${address}` : ''
  })
}

/** The socket address the observer wrote, if it wrote this header. */
function observedSocketAddress(headers: Headers): string | null {
  const value = headers.get(SOCKET_ADDRESS_HEADER)
  if (!value) return null
  const space = value.indexOf(' ')
  if (space < 0 || value.slice(0, space) !== state().key) return null
  return value.slice(space + 1) || null
}

/** "203.0.113.9", "2001:db8:1:2::/64"; anything unparseable is "unknown". */
export function clientKey(raw: string | null | undefined): string {
  let text = (raw ?? '').trim()
  // Proxies may write "[v6]:port" or "v4:port".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed) text = bracketed[1]!
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  text = text.replace(/%.*$/, '') // IPv6 zone index
  // Dotted quads only: ipaddr.js also accepts "1.2.3" and octal forms, which no socket shows.
  const valid = text.includes(':')
    ? ipaddr.IPv6.isValid(text)
    : ipaddr.IPv4.isValidFourPartDecimal(text)
  if (!valid) return UNKNOWN_CLIENT
  const address = ipaddr.process(text) // IPv4-mapped IPv6 becomes IPv4
  if (address.kind() === 'ipv4') return address.toString()
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4)
  const prefix = ipaddr.fromByteArray([
    ...parts.flatMap((part) => [part >> 8, part & 0xff]),
    ...Array<number>(8).fill(0),
  ])
  return `${prefix.toString()}/64`
}

/**
 * The client's identity as far as the deployment lets us know it (see the file comment):
 * an IPv4 address, an IPv6 /64, or "unknown".
 */
export function clientAddress(
  source: Request | Headers | null | undefined,
  env: Env = process.env,
): string {
  if (!source) return UNKNOWN_CLIENT
  const headers = 'headers' in source ? source.headers : source
  const hops = trustedProxyHops(env)
  const socket = observedSocketAddress(headers)
  if (hops === 0) return clientKey(socket)
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = socket ? [...forwarded, socket] : forwarded
  // The socket is the nearest proxy; the client is `hops` entries to its left. A chain
  // shorter than that means the request bypassed a proxy: its leftmost entry is all we have.
  const nearest = socket ? chain.length - 1 : chain.length
  return clientKey(chain[Math.max(0, nearest - hops)])
}
