// SSRF through DNS: a push endpoint whose *name* looks public but resolves to a private or
// loopback address must never be contacted. Checked on the lookup itself (with a resolver
// the test controls) and end to end through sendPush against a real local push service.
import dns, { type LookupAddress } from 'node:dns'
import https from 'node:https'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { isPublicAddress } from '@/lib/push/endpointPolicy'
import { PRIVATE_ADDRESS_CODE, publicOnlyLookup } from '@/lib/push/publicOnlyAgent'
import { sendPush, setPushAgent } from '@/lib/push/send'

import { startPushEndpoint, type PushEndpoint } from '../helpers/pushEndpoint'
import { useTestVapidKeys } from '../helpers/pushKeys'

const fakeResolver =
  (answers: Record<string, LookupAddress[]>) =>
  (
    hostname: string,
    _options: unknown,
    callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
  ) => {
    const found = answers[hostname]
    if (!found) {
      const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`)
      error.code = 'ENOTFOUND'
      return callback(error, [])
    }
    callback(null, found)
  }

const v4 = (address: string): LookupAddress => ({ address, family: 4 })
const v6 = (address: string): LookupAddress => ({ address, family: 6 })

function lookup(
  resolver: ReturnType<typeof fakeResolver>,
  hostname: string,
  all: boolean,
): Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }> {
  return new Promise((resolve) =>
    publicOnlyLookup(resolver)(hostname, { all }, (error, address, family) =>
      resolve({ error, address, family }),
    ),
  )
}

describe('public addresses', () => {
  it.each([
    ['93.184.216.34', true],
    ['142.250.184.170', true],
    ['2a00:1450:4003:80e::200a', true],
    ['10.0.0.5', false],
    ['172.16.3.4', false],
    ['192.168.1.1', false],
    ['127.0.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:10.1.2.3', false],
    ['not-an-ip', false],
  ])('%s → %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected)
  })
})

describe('publicOnlyLookup', () => {
  const resolver = fakeResolver({
    'push.rebinding.example': [v4('10.0.0.5')],
    'push.metadata.example': [v4('169.254.169.254'), v6('::1')],
    'push.mixed.example': [v4('10.0.0.5'), v4('93.184.216.34'), v6('2a00:1450:4003:80e::200a')],
    'fcm.example': [v4('142.250.184.170')],
  })

  it('refuses a public-looking name that resolves only to private addresses', async () => {
    for (const all of [true, false]) {
      const { error } = await lookup(resolver, 'push.rebinding.example', all)
      expect(error?.code).toBe(PRIVATE_ADDRESS_CODE)
      expect(error?.message).toMatch(
        /push\.rebinding\.example resolves to a private or loopback address \(10\.0\.0\.5\)/,
      )
    }
    const { error } = await lookup(resolver, 'push.metadata.example', true)
    expect(error?.message).toContain('169.254.169.254, ::1')
  })

  it('keeps only the public addresses of a mixed answer, in both calling forms', async () => {
    const all = await lookup(resolver, 'push.mixed.example', true)
    expect(all.error).toBeNull()
    expect(all.address).toEqual([v4('93.184.216.34'), v6('2a00:1450:4003:80e::200a')])
    const one = await lookup(resolver, 'push.mixed.example', false)
    expect(one).toEqual({ error: null, address: '93.184.216.34', family: 4 })
  })

  it('passes resolver errors through unchanged', async () => {
    const { error } = await lookup(resolver, 'nowhere.example', true)
    expect(error?.code).toBe('ENOTFOUND')
  })

  it('stops a real HTTPS request before it connects', async () => {
    const agent = new https.Agent({
      lookup: publicOnlyLookup(
        fakeResolver({ 'push.rebinding.example': [v4('127.0.0.1')] }),
      ) as never,
    })
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const request = https.request('https://push.rebinding.example/x', { agent }, () =>
        resolve(new Error('a response arrived') as NodeJS.ErrnoException),
      )
      request.on('error', resolve)
      request.end()
    })
    expect(error.code).toBe(PRIVATE_ADDRESS_CODE)
    agent.destroy()
  })
})

describe('sendPush outside development', () => {
  let push: PushEndpoint
  const saved = process.env.PLAZA_PUSH_ALLOW_LOCAL

  beforeAll(async () => {
    const vapid = useTestVapidKeys()
    push = await startPushEndpoint({ vapidPublicKey: vapid.publicKey })
  })
  afterEach(() => {
    setPushAgent(undefined)
    process.env.PLAZA_PUSH_ALLOW_LOCAL = saved
    delete process.env.PLAZA_PUSH_HOSTS
  })
  afterAll(async () => {
    await push.close()
  })

  const message = {
    title: 'Flood warning',
    body: 'Avoid the river path',
    url: '/en/alerts',
    tag: 'alert-1',
    lang: 'en' as const,
  }
  const options = { ttlSeconds: 60, urgency: 'high' as const }

  it('never contacts a push service reached by a name that resolves to loopback', async () => {
    delete process.env.PLAZA_PUSH_ALLOW_LOCAL
    // A city's own push service, listed as allowed: the name passes the text rule.
    process.env.PLAZA_PUSH_HOSTS = 'push.rebinding.example'
    const subscription = push.subscription()
    // A public-looking name the system resolver answers with the local service's address:
    // no text rule can see it, only the connect-time lookup of the delivery agent.
    const realLookup = dns.lookup
    const resolved: string[] = []
    vi.spyOn(dns, 'lookup').mockImplementation(((
      hostname: string,
      options: object,
      callback: (...args: unknown[]) => void,
    ) => {
      resolved.push(hostname)
      if (hostname === 'push.rebinding.example') return callback(null, [v4('127.0.0.1')])
      return (realLookup as (...args: unknown[]) => void)(hostname, options, callback)
    }) as never)
    const named = `https://push.rebinding.example/push/${subscription.id}`
    const outcome = await sendPush({ endpoint: named, keys: subscription.keys }, message, options)
    vi.restoreAllMocks()
    expect(resolved).toContain('push.rebinding.example')
    expect(outcome).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(
        /push\.rebinding\.example resolves to a private or loopback address \(127\.0\.0\.1\)/,
      ),
    })
    // The address itself is refused by the text rule before any connection.
    const literal = await sendPush(
      { endpoint: subscription.endpoint, keys: subscription.keys },
      message,
      options,
    )
    expect(literal).toMatchObject({ kind: 'failed', message: expect.stringMatching(/loopback/) })
    expect(push.attempts).toHaveLength(0)
  })

  it('still delivers to the same service when local services are allowed (control)', async () => {
    process.env.PLAZA_PUSH_ALLOW_LOCAL = '1'
    setPushAgent(push.agent)
    const subscription = push.subscription()
    const outcome = await sendPush(
      { endpoint: subscription.endpoint, keys: subscription.keys },
      message,
      options,
    )
    expect(outcome).toEqual({ kind: 'sent', statusCode: 201 })
    expect(push.receivedFor(subscription.id)[0].message).toMatchObject({ title: 'Flood warning' })
  })
})
