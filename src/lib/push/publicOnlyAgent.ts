// The connection half of the SSRF guard: a public-looking name can resolve to a private address,
// or change its answer after the check (DNS rebinding), so the agent resolves and checks itself.
import dns, { type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns'
import https from 'node:https'

import { isPublicAddress } from './endpointPolicy'

export const PRIVATE_ADDRESS_CODE = 'EPLAZA_PRIVATE_ADDRESS'

type Resolver = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

const systemResolver: Resolver = (hostname, options, callback) =>
  dns.lookup(hostname, options, callback)

/**
 * A `lookup` for net/tls connections that drops non-public addresses and fails when none
 * is left. Node calls it with `all: true` (happy eyeballs) or without: both are answered.
 */
export function publicOnlyLookup(resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, [])
      const usable = addresses.filter((entry) => isPublicAddress(entry.address))
      if (usable.length === 0) {
        const refused: NodeJS.ErrnoException = new Error(
          `push endpoint host ${hostname} resolves to a private or loopback address (${addresses
            .map((entry) => entry.address)
            .join(', ')}); refused`,
        )
        refused.code = PRIVATE_ADDRESS_CODE
        return callback(refused, [])
      }
      if (options.all) return callback(null, usable)
      callback(null, usable[0].address, usable[0].family)
    })
  }
}

let sharedAgent: https.Agent | undefined

/** One keep-alive agent for every delivery: push services are few hosts, many messages. */
export function publicOnlyAgent(): https.Agent {
  sharedAgent ??= new https.Agent({
    keepAlive: true,
    maxSockets: 50,
    lookup: publicOnlyLookup() as never,
  })
  return sharedAgent
}
