// docs/SECURITY.md: who a client is. The socket address (tagged by the observer) is
// the identity; X-Forwarded-For counts only behind the configured number of proxies; IPv6
// clients are one per /64; garbage and forged tags are "unknown", never what they claim.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  checkEnvironment,
  ConfigError,
  readWebhookSecret,
  trustedProxiesWarning,
  trustedProxyHops,
} from '@/lib/config/env'
import {
  clientAddress,
  clientKey,
  observeClientSockets,
  SOCKET_ADDRESS_HEADER,
} from '@/lib/http/clientAddress'

/** The headers a real HTTP request from `from` arrives with, after the observer saw it. */
let server: http.Server
let port = 0
beforeAll(async () => {
  observeClientSockets()
  server = http.createServer((req, res) => res.end(JSON.stringify(req.headers)))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function arrived(from: string, headers: Record<string, string> = {}): Promise<Headers> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, localAddress: from, headers }, (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve(new Headers(JSON.parse(body) as Record<string, string>)))
      })
      .on('error', reject)
  })
}

describe('clientKey', () => {
  it('keeps IPv4 addresses and counts IPv6 per /64', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9')
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(clientKey('2001:db8:1:2::1')).toBe(clientKey('2001:db8:1:2:ffff::9'))
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'))
  })

  it('reads the forms proxies write: mapped IPv4, ports, brackets, zones', () => {
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(clientKey('203.0.113.9:51234')).toBe('203.0.113.9')
    expect(clientKey('[2001:db8:1:2::5]:443')).toBe('2001:db8:1:2::/64')
    expect(clientKey('fe80::1%eth0')).toBe('fe80::/64')
  })

  it.each(['', 'unknown', 'not-an-ip', '999.1.1.1', '1.2.3', '<script>', 'a'.repeat(5000)])(
    'calls %j unknown',
    (raw) => expect(clientKey(raw)).toBe('unknown'),
  )
})

describe('clientAddress', () => {
  it('is the socket address, whatever X-Forwarded-For and X-Real-IP claim (no proxy trusted)', async () => {
    const headers = await arrived('127.0.0.3', {
      'x-forwarded-for': '6.6.6.6',
      'x-real-ip': '7.7.7.7',
    })
    expect(clientAddress(headers, {})).toBe('127.0.0.3')
    expect(clientAddress(headers, { PLAZA_TRUSTED_PROXIES: '0' })).toBe('127.0.0.3')
  })

  it('ignores a client-sent copy of its own tag header', async () => {
    const headers = await arrived('127.0.0.4', { [SOCKET_ADDRESS_HEADER]: 'guess 6.6.6.6' })
    expect(clientAddress(headers, {})).toBe('127.0.0.4')
    // A request the observer never saw (made up here) has no trusted address at all.
    const forged = new Headers({
      [SOCKET_ADDRESS_HEADER]: 'guess 6.6.6.6',
      'x-forwarded-for': '6.6.6.6',
    })
    expect(clientAddress(forged, {})).toBe('unknown')
    expect(clientAddress(new Request('http://x/', { headers: forged }), {})).toBe('unknown')
    expect(clientAddress(undefined)).toBe('unknown')
  })

  it('behind N trusted proxies, takes the address the outermost one saw', async () => {
    const one = { PLAZA_TRUSTED_PROXIES: '1' }
    const two = { PLAZA_TRUSTED_PROXIES: '2' }
    // The proxy (socket 127.0.0.1) appended what it saw; entries left of that are claims.
    const viaProxy = await arrived('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' })
    expect(clientAddress(viaProxy, one)).toBe('203.0.113.9')
    expect(clientAddress(viaProxy, two)).toBe('6.6.6.6')
    const twoProxies = await arrived('127.0.0.1', {
      'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2',
    })
    expect(clientAddress(twoProxies, two)).toBe('203.0.113.9')
    expect(
      clientAddress(await arrived('127.0.0.1', { 'x-forwarded-for': '2001:db8:9:9::7' }), one),
    ).toBe('2001:db8:9:9::/64')
    // A request that went around the proxy: the chain is only the socket.
    expect(clientAddress(await arrived('127.0.0.5'), one)).toBe('127.0.0.5')
  })
})

describe('start-up configuration', () => {
  const base = { PAYLOAD_SECRET: 'x'.repeat(32), DATABASE_URI: 'file:./data/x.db' }

  it('warns in one sentence when PLAZA_TRUSTED_PROXIES is not set, 0 included as an answer', () => {
    const warning = trustedProxiesWarning({})
    expect(warning).toMatch(/^PLAZA_TRUSTED_PROXIES is not set[^.]*: [^.]*\.$/)
    expect(checkEnvironment(base).warnings).toEqual([warning])
    expect(checkEnvironment({ ...base, PLAZA_TRUSTED_PROXIES: '0' }).warnings).toEqual([])
    expect(checkEnvironment({ ...base, PLAZA_TRUSTED_PROXIES: '1' }).warnings).toEqual([])
  })

  it('refuses a PLAZA_TRUSTED_PROXIES that is not a count', () => {
    expect(trustedProxyHops({ PLAZA_TRUSTED_PROXIES: ' 2 ' })).toBe(2)
    for (const bad of ['yes', '-1', '1.5', '100', '1,2']) {
      expect(() => checkEnvironment({ ...base, PLAZA_TRUSTED_PROXIES: bad })).toThrow(
        /PLAZA_TRUSTED_PROXIES must be the number of reverse proxies/,
      )
    }
  })

  it('refuses an e-office webhook secret shorter than 32 characters', () => {
    expect(readWebhookSecret({})).toBeNull()
    expect(readWebhookSecret({ EOFFICE_WEBHOOK_SECRET: 'k'.repeat(32) })).toBe('k'.repeat(32))
    for (const short of ['secret', 'k'.repeat(31), ` ${'k'.repeat(31)} `]) {
      expect(() => checkEnvironment({ ...base, EOFFICE_WEBHOOK_SECRET: short })).toThrow(
        ConfigError,
      )
      expect(() => readWebhookSecret({ EOFFICE_WEBHOOK_SECRET: short })).toThrow(
        /^EOFFICE_WEBHOOK_SECRET is too short: use at least 32 random characters/,
      )
    }
  })
})
