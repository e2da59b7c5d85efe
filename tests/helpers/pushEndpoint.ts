// A local push service for tests and the bench: an HTTPS server on 127.0.0.1 (self-signed
// certificate made with `openssl` at start) that accepts RFC 8030 push requests, checks the
// VAPID Authorization header (RFC 8292: ES256 JWT, audience, expiry, key), decrypts the
// aes128gcm body (RFC 8291) with the subscription's private key via http_ece, records it,
// and answers each endpoint with the status the test asked for (201 by default).
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import ece from 'http_ece'

import { subscriptionKeys, type SubscriptionKeys } from './pushKeys'

export interface ReceivedPush {
  subscriptionId: string
  /** Decrypted body, parsed as JSON when it is JSON. */
  message: unknown
  raw: string
  ttl: number | null
  urgency: string | null
  topic: string | null
  /** performance.now() when the request was fully read. */
  at: number
  vapid: { ok: boolean; problem?: string; subject?: string }
}

export interface TestSubscription {
  id: string
  endpoint: string
  keys: { p256dh: string; auth: string }
  secret: SubscriptionKeys
}

/** `hang`: read the request and never answer (a host that times out). */
type Answer = { status: number; retryAfter?: string } | 'hang'

export interface PushEndpoint {
  origin: string
  /** PEM of the self-signed certificate; trust it through `agent`. */
  ca: string
  agent: https.Agent
  received: ReceivedPush[]
  /** Every request, including those answered with an error status (0: left unanswered). */
  attempts: { subscriptionId: string; status: number }[]
  subscription: () => TestSubscription
  /** Answers for one endpoint: each request takes the next; the last one repeats. */
  respond: (subscriptionId: string, ...answers: (number | Answer)[]) => void
  receivedFor: (subscriptionId: string) => ReceivedPush[]
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedPush[]>
  reset: () => void
  close: () => Promise<void>
}

function makeCertificate(): { key: string; cert: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-push-tls-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    )
    return {
      key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** RFC 8292 §3: `vapid t=<jwt>, k=<public key>`; the JWT must be ES256, for our origin, unexpired. */
export function checkVapid(
  header: string | undefined,
  origin: string,
  expectedPublicKey?: string,
): ReceivedPush['vapid'] {
  const match = header?.match(/^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/)
  if (!match) return { ok: false, problem: 'no vapid Authorization header' }
  const [, jwt, k] = match
  if (expectedPublicKey && k !== expectedPublicKey) return { ok: false, problem: 'unexpected key' }
  const [h, p, s] = jwt.split('.')
  if (!h || !p || !s) return { ok: false, problem: 'malformed JWT' }
  const raw = Buffer.from(k, 'base64url')
  if (raw.length !== 65) return { ok: false, problem: 'key is not an uncompressed P-256 point' }
  const key = crypto.createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  })
  const valid = crypto.verify(
    'sha256',
    Buffer.from(`${h}.${p}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(s, 'base64url'),
  )
  if (!valid) return { ok: false, problem: 'bad signature' }
  const headerJson = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'))
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'))
  if (headerJson.alg !== 'ES256') return { ok: false, problem: 'alg is not ES256' }
  if (claims.aud !== origin) return { ok: false, problem: `aud ${claims.aud} is not ${origin}` }
  const now = Math.floor(Date.now() / 1000)
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600)) {
    return { ok: false, problem: 'exp missing, past, or more than 24 h ahead' }
  }
  if (typeof claims.sub !== 'string' || !/^(mailto:|https:)/.test(claims.sub)) {
    return { ok: false, problem: 'sub is not mailto: or https:' }
  }
  return { ok: true, subject: claims.sub }
}

export async function startPushEndpoint({
  vapidPublicKey,
}: { vapidPublicKey?: string } = {}): Promise<PushEndpoint> {
  const { key, cert } = makeCertificate()
  const subs = new Map<string, TestSubscription>()
  const answers = new Map<string, Answer[]>()
  const received: ReceivedPush[] = []
  const attempts: PushEndpoint['attempts'] = []
  const waiters: { count: number; resolve: () => void }[] = []
  let origin = ''

  const server = https.createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const id = decodeURIComponent((request.url ?? '').replace(/^\/push\//, ''))
      const sub = subs.get(id)
      if (request.method !== 'POST' || !sub) {
        attempts.push({ subscriptionId: id, status: 404 })
        response.writeHead(404).end()
        return
      }
      const queue = answers.get(id) ?? []
      const answer = (queue.length > 1 ? queue.shift() : queue[0]) ?? { status: 201 }
      if (answer === 'hang') {
        attempts.push({ subscriptionId: id, status: 0 })
        return
      }
      attempts.push({ subscriptionId: id, status: answer.status })
      if (answer.status !== 201) {
        response
          .writeHead(answer.status, answer.retryAfter ? { 'retry-after': answer.retryAfter } : {})
          .end()
        return
      }
      const vapid = checkVapid(request.headers.authorization, origin, vapidPublicKey)
      if (!vapid.ok || request.headers['content-encoding'] !== 'aes128gcm') {
        response.writeHead(vapid.ok ? 415 : 403).end(vapid.problem ?? 'content-encoding')
        return
      }
      let raw: string
      try {
        raw = ece
          .decrypt(Buffer.concat(chunks), {
            version: 'aes128gcm',
            privateKey: sub.secret.ecdh,
            authSecret: sub.keys.auth,
          })
          .toString('utf8')
      } catch (error) {
        response.writeHead(400).end(`cannot decrypt: ${String(error)}`)
        return
      }
      let message: unknown = raw
      try {
        message = JSON.parse(raw)
      } catch {
        // not JSON: kept as text
      }
      const header = (name: string) => {
        const value = request.headers[name]
        return typeof value === 'string' ? value : null
      }
      received.push({
        subscriptionId: id,
        message,
        raw,
        ttl: header('ttl') === null ? null : Number(header('ttl')),
        urgency: header('urgency'),
        topic: header('topic'),
        at: performance.now(),
        vapid,
      })
      response.writeHead(201, { location: `${origin}/message/${received.length}` }).end()
      for (const waiter of [...waiters]) {
        if (received.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve()
        }
      }
    })
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  const agent = new https.Agent({ ca: cert, keepAlive: true, maxSockets: 64 })

  return {
    origin,
    ca: cert,
    agent,
    received,
    attempts,
    subscription: () => {
      const id = crypto.randomUUID()
      const secret = subscriptionKeys()
      const sub = {
        id,
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: secret.p256dh, auth: secret.auth },
        secret,
      }
      subs.set(id, sub)
      return sub
    },
    respond: (id, ...list) =>
      answers.set(
        id,
        list.map((a): Answer => (typeof a === 'number' ? { status: a } : a)),
      ),
    receivedFor: (id) => received.filter((r) => r.subscriptionId === id),
    waitFor: (count, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        if (received.length >= count) return resolve(received)
        const timer = setTimeout(
          () =>
            reject(new Error(`push endpoint: ${received.length}/${count} after ${timeoutMs} ms`)),
          timeoutMs,
        )
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer)
            resolve(received)
          },
        })
      }),
    reset: () => {
      received.length = 0
      attempts.length = 0
      answers.clear()
    },
    close: async () => {
      agent.destroy()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
