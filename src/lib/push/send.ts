// One encrypted push message to one endpoint by `web-push`, classified for the delivery loop:
// delivered, gone (404/410), retryable (429, 5xx, network) or failed.
import type https from 'node:https'

import webpush, { WebPushError } from 'web-push'

import { allowLocalEndpoints, endpointProblem } from './endpointPolicy'
import { PRIVATE_ADDRESS_CODE, publicOnlyAgent } from './publicOnlyAgent'
import type { PushMessage, PushTarget, PushUrgency } from './types'
import { readVapidKeys } from './vapid'

export interface SendOptions {
  /** Seconds the push service keeps the message for an offline device (0: now or never). */
  ttlSeconds: number
  urgency: PushUrgency
  /** Replaces an undelivered message with the same topic (≤ 32 base64url characters). */
  topic?: string
}

export type SendOutcome =
  | { kind: 'sent'; statusCode: number }
  | { kind: 'gone'; statusCode: number }
  | {
      kind: 'retry'
      statusCode?: number
      retryAfterMs?: number
      message: string
      /** No answer within SEND_TIMEOUT_MS. */
      timedOut?: boolean
    }
  | { kind: 'failed'; statusCode?: number; message: string }

let transportAgent: https.Agent | undefined

/**
 * For tests and the bench: an agent trusting a local push service's one certificate, so TLS
 * checks stay on everywhere. Production never calls this.
 */
export function setPushAgent(agent: https.Agent | undefined): void {
  transportAgent = agent
}

/** Push services answer in well under a second; a host that does not is not waited for. */
export const SEND_TIMEOUT_MS = 5_000

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3), in milliseconds. */
export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

export function safeTopic(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  const cleaned = raw.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 32)
  return cleaned || undefined
}

/**
 * The test agent when one is set; the default one where local push services are allowed
 * (development and tests only); otherwise the agent that connects to public addresses only.
 */
function deliveryAgent(): https.Agent | undefined {
  if (transportAgent) return transportAgent
  return allowLocalEndpoints() ? undefined : publicOnlyAgent()
}

export async function sendPush(
  target: PushTarget,
  message: PushMessage,
  options: SendOptions,
): Promise<SendOutcome> {
  // The single exit to the network checks the text too: IP literals never reach `lookup`.
  const problem = endpointProblem(target.endpoint)
  if (problem) return { kind: 'failed', message: problem }
  const vapid = readVapidKeys()
  try {
    const result = await webpush.sendNotification(
      { endpoint: target.endpoint, keys: target.keys },
      JSON.stringify(message),
      {
        vapidDetails: {
          subject: vapid.subject,
          publicKey: vapid.publicKey,
          privateKey: vapid.privateKey,
        },
        TTL: Math.max(0, Math.floor(options.ttlSeconds)),
        urgency: options.urgency,
        topic: safeTopic(options.topic),
        contentEncoding: 'aes128gcm',
        timeout: SEND_TIMEOUT_MS,
        agent: deliveryAgent(),
      },
    )
    return { kind: 'sent', statusCode: result.statusCode }
  } catch (error) {
    if (error instanceof WebPushError) {
      const statusCode = error.statusCode
      const message = `${statusCode} ${String(error.body ?? '').slice(0, 200)}`.trim()
      if (statusCode === 404 || statusCode === 410) return { kind: 'gone', statusCode }
      if (statusCode === 429 || statusCode >= 500) {
        const headers = (error.headers ?? {}) as Record<string, string | undefined>
        return {
          kind: 'retry',
          statusCode,
          retryAfterMs: parseRetryAfter(headers['retry-after']),
          message,
        }
      }
      return { kind: 'failed', statusCode, message }
    }
    // A name resolving to a private address will not change its mind on a retry.
    if ((error as NodeJS.ErrnoException | undefined)?.code === PRIVATE_ADDRESS_CODE) {
      return { kind: 'failed', message: (error as Error).message }
    }
    const message = error instanceof Error ? error.message : String(error)
    // web-push's words when the socket was idle for `timeout`.
    if (message === 'Socket timeout') {
      return { kind: 'retry', timedOut: true, message: `no answer within ${SEND_TIMEOUT_MS} ms` }
    }
    // Network trouble (refused, reset): worth another try.
    return { kind: 'retry', message }
  }
}
