// The electronic office's "message sent" webhook: an HMAC over "<timestamp>.<raw body>", the
// timestamp within ±5 minutes against replay, and the unique messageId makes a replay a no-op.
import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

import { buildStartOnlineUrl, type EOfficeSettings } from './startOnline'

export const TIMESTAMP_HEADER = 'x-plaza-timestamp'
export const SIGNATURE_HEADER = 'x-plaza-signature'
export const MAX_SKEW_SECONDS = 5 * 60
export const MAX_BODY_BYTES = 16 * 1024

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

export function signWebhook(secret: string, timestamp: string | number, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`
}

/** Checks the timestamp window and the signature (constant-time comparison). */
export function verifyWebhookSignature({
  secret,
  timestamp,
  signature,
  rawBody,
  now = Date.now(),
}: {
  secret: string
  timestamp: string | null
  signature: string | null
  rawBody: string
  now?: number
}): SignatureCheck {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, reason: 'missing or malformed timestamp' }
  }
  const skew = Math.floor(now / 1000) - Number(timestamp)
  if (skew > MAX_SKEW_SECONDS) return { ok: false, reason: 'timestamp too old' }
  if (skew < -MAX_SKEW_SECONDS) return { ok: false, reason: 'timestamp in the future' }
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature?.trim() ?? '')
  if (!match) return { ok: false, reason: 'missing or malformed signature' }
  const given = Buffer.from(match[1].toLowerCase(), 'hex')
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest()
  if (!timingSafeEqual(given, expected)) return { ok: false, reason: 'bad signature' }
  return { ok: true }
}

// No control characters (they have no place in a subject or an id, and could forge lines
// in logs); printable text otherwise, any script.
const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value), {
      message: 'must not contain control characters',
    })

export const eofficeMessageSchema = z.object({
  messageId: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'),
  recipientRef: plainText(255),
  subject: plainText(300),
  url: z.string().min(1).max(2048),
  sentAt: z.iso.datetime({ offset: true }),
  category: plainText(60).optional(),
})

export type EOfficeMessage = z.infer<typeof eofficeMessageSchema>

export type ParseResult =
  { ok: true; message: EOfficeMessage & { url: string } } | { ok: false; error: string }

/** Parses and validates a (signed) body; the link must be an absolute allowlisted URL. */
export function parseEOfficeMessage(rawBody: string, settings: EOfficeSettings): ParseResult {
  let json: unknown
  try {
    json = JSON.parse(rawBody)
  } catch {
    return { ok: false, error: 'The body is not valid JSON.' }
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: 'The body must be a JSON object.' }
  }
  const parsed = eofficeMessageSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { ok: false, error: `${issue.path.join('.') || 'body'}: ${issue.message}` }
  }
  const message = parsed.data
  // Only absolute links: a relative one would be resolved against our guess of the base.
  if (!/^https?:\/\//i.test(message.url)) {
    return { ok: false, error: 'url: must be an absolute https URL on the e-office.' }
  }
  const url = buildStartOnlineUrl(message.url, settings)
  if (!url.ok) return { ok: false, error: `url: ${url.error}` }
  const sentAt = new Date(message.sentAt)
  if (Number.isNaN(sentAt.getTime())) return { ok: false, error: 'sentAt: not a valid date' }
  return { ok: true, message: { ...message, sentAt: sentAt.toISOString(), url: url.url } }
}

/** When a notice stops being kept: its date (never later than now) + retention days. */
export function noticeExpiry(sentAt: string, retentionDays: number, now: Date = new Date()): Date {
  const from = Math.min(new Date(sentAt).getTime(), now.getTime())
  return new Date(from + retentionDays * 24 * 60 * 60 * 1000)
}
