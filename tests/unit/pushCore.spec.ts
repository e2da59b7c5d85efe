import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { endpointProblem, PUSH_SERVICE_HOSTS, pushServiceHosts } from '@/lib/push/endpointPolicy'
import { parseRetryAfter, safeTopic } from '@/lib/push/send'
import { readVapidKeys } from '@/lib/push/vapid'

describe('VAPID keys', () => {
  it('generates a demo pair once, mode 0600, and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-vapid-'))
    const file = path.join(dir, 'data', 'vapid.json')
    const first = readVapidKeys({}, { file })
    expect(first.source).toBe('file')
    expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    const again = readVapidKeys({ PLAZA_SERVER_URL: 'https://city.example' }, { file })
    expect(again.publicKey).toBe(first.publicKey)
    expect(again.subject).toBe('https://city.example')
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('warns in production without env keys', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-vapid-'))
    const logged: string[] = []
    readVapidKeys(
      { NODE_ENV: 'production' },
      { file: path.join(dir, 'v.json'), log: (m) => logged.push(m) },
    )
    expect(logged.join()).toMatch(/VAPID_PUBLIC_KEY\/VAPID_PRIVATE_KEY are not set/)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('refuses half a pair, bad keys and a bad subject with one sentence', () => {
    expect(() => readVapidKeys({ VAPID_PUBLIC_KEY: 'abc' })).toThrow(/both VAPID_PUBLIC_KEY/)
    expect(() => readVapidKeys({ VAPID_PUBLIC_KEY: 'abc', VAPID_PRIVATE_KEY: 'def' })).toThrow(
      /65 bytes/,
    )
    expect(() => readVapidKeys({ VAPID_SUBJECT: 'http://city.example' })).toThrow(/mailto:/)
  })
})

describe('push endpoint policy', () => {
  it.each([
    ['http://push.example.com/x', /https/],
    ['https://127.0.0.1:8443/x', /private or loopback/],
    ['https://10.1.2.3/x', /private or loopback/],
    ['https://192.168.1.1/x', /private or loopback/],
    ['https://169.254.169.254/latest', /private or loopback/],
    ['https://[::1]/x', /private or loopback/],
    ['https://localhost/x', /public push service host/],
    ['https://intranet/x', /public push service host/],
    ['https://user:pw@push.example.com/x', /credentials/],
    ['not a url', /not a URL/],
    [`https://push.example.com/${'a'.repeat(2048)}`, /longer than 2048/],
  ])('refuses %s', (endpoint, reason) => {
    expect(endpointProblem(endpoint, {})).toMatch(reason)
  })

  it.each([
    'https://fcm.googleapis.com/fcm/send/abc',
    'https://updates.push.services.mozilla.com/wpush/v2/abc',
    'https://updates-autopush.stage.mozaws.net.push.services.mozilla.com/wpush/v2/abc',
    'https://web.push.apple.com/QGx1',
    'https://wns2-par02p.notify.windows.com/w/?token=abc',
    'https://FCM.googleapis.com:443/fcm/send/abc',
  ])("accepts the browsers' push service %s", (endpoint) => {
    expect(endpointProblem(endpoint, {})).toBeNull()
  })

  it.each([
    ['https://push.example.com/x', /public push service host/],
    ['https://8.8.8.8/x', /public push service host/],
    ['https://push.apple.com.attacker.example/x', /public push service host/],
    ['https://evilfcm.googleapis.com/x', /public push service host/],
    ['https://notify.windows.com/x', /public push service host/],
    ['https://fcm.googleapis.com:8443/x', /port 443/],
  ])('refuses %s, which is not one of them', (endpoint, reason) => {
    expect(endpointProblem(endpoint, {})).toMatch(reason)
  })

  it("takes a city's own push service list from PLAZA_PUSH_HOSTS instead", () => {
    const env = { PLAZA_PUSH_HOSTS: 'push.city.example, *.push.region.example' }
    expect(pushServiceHosts(env)).toEqual(['push.city.example', '*.push.region.example'])
    expect(endpointProblem('https://push.city.example/x', env)).toBeNull()
    expect(endpointProblem('https://a.push.region.example/x', env)).toBeNull()
    expect(endpointProblem('https://fcm.googleapis.com/fcm/send/abc', env)).toMatch(/push.city/)
    expect(pushServiceHosts({ PLAZA_PUSH_HOSTS: ' ' })).toEqual(PUSH_SERVICE_HOSTS)
  })

  it('accepts public push services; local ones only when allowed outside production', () => {
    expect(endpointProblem('https://fcm.googleapis.com/fcm/send/abc', {})).toBeNull()
    expect(endpointProblem('https://127.0.0.1:8443/x', { PLAZA_PUSH_ALLOW_LOCAL: '1' })).toBeNull()
    expect(
      endpointProblem('https://127.0.0.1:8443/x', {
        PLAZA_PUSH_ALLOW_LOCAL: '1',
        NODE_ENV: 'production',
      }),
    ).toMatch(/loopback/)
  })
})

describe('push request details', () => {
  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('3')).toBe(3000)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
  })
  it('keeps topics to 32 URL-safe characters', () => {
    expect(safeTopic('alert:12/update')).toBe('alert-12-update')
    expect(safeTopic('x'.repeat(40))).toHaveLength(32)
  })
})
