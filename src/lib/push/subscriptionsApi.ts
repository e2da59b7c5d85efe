// POST/DELETE /api/push/subscriptions. Anonymous, so everything is checked before any write,
// with one subscription per endpoint and a daily cap per client (docs/SECURITY.md).
import type { Payload } from 'payload'
import { z } from 'zod'

import { readLimitedText } from '@/lib/http/limitedBody'
import { rateLimit } from '@/lib/http/rateLimit'
import { isSameOrigin } from '@/lib/http/sameOrigin'
import { locales } from '@/lib/i18n/locales'

import { endpointProblem, MAX_ENDPOINT_LENGTH } from './endpointPolicy'

export const MAX_BODY_BYTES = 8 * 1024
const MAX_CHOICES = 50

export interface ApiResult {
  status: number
  body: Record<string, unknown> | null
  headers?: Record<string, string>
}

const fail = (status: number, error: string): ApiResult => ({ status, body: { error } })

const base64url = (bytes: number, what: string) =>
  z
    .string()
    .max(200)
    .refine(
      (v) => /^[A-Za-z0-9_-]+=*$/.test(v) && Buffer.from(v, 'base64url').length === bytes,
      `${what} must be ${bytes} bytes, base64url-encoded`,
    )

const ids = (what: string) =>
  z.array(z.number().int().positive(), `${what} must be a list of ids`).max(MAX_CHOICES).default([])

const endpoint = z
  .string('endpoint is required')
  .max(MAX_ENDPOINT_LENGTH, `endpoint is longer than ${MAX_ENDPOINT_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const problem = endpointProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

export const subscriptionSchema = z
  .strictObject({
    endpoint,
    keys: z.strictObject({
      p256dh: base64url(65, 'keys.p256dh').refine(
        (v) => Buffer.from(v, 'base64url')[0] === 0x04,
        'keys.p256dh must be an uncompressed P-256 point',
      ),
      auth: base64url(16, 'keys.auth'),
    }),
    locale: z.enum(locales as [string, ...string[]]),
    alerts: z.enum(['all', 'severe', 'matching', 'none']).default('all'),
    districts: ids('districts'),
    area: z
      .strictObject({
        lat: z.number().min(-90).max(90),
        lng: z.number().min(-180).max(180),
        radiusKm: z.number().min(0.1).max(50),
      })
      .nullable()
      .default(null),
    lines: ids('lines'),
    agendaTopics: ids('agendaTopics'),
    // Browsers' PushSubscription.toJSON() also carries this; accepted and ignored.
    expirationTime: z.number().nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (
      value.alerts === 'matching' &&
      value.districts.length === 0 &&
      value.lines.length === 0 &&
      !value.area
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['alerts'],
        message: 'alerts "matching" needs at least one district, line or an area',
      })
    }
    if (value.alerts === 'none' && value.agendaTopics.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['alerts'],
        message: 'nothing to notify: choose alerts or agenda topics, or unsubscribe (DELETE)',
      })
    }
  })

const deleteSchema = z.strictObject({ endpoint })

export type SubscriptionInput = z.infer<typeof subscriptionSchema>

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.join('.')
      return where && !issue.message.startsWith(where)
        ? `${where}: ${issue.message}`
        : issue.message
    })
    .join('; ')
}

async function parseJson(request: Request): Promise<{ value?: unknown; error?: ApiResult }> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/json\b/i.test(type)) {
    return { error: fail(415, 'send JSON (Content-Type: application/json)') }
  }
  const text = await readLimitedText(request, MAX_BODY_BYTES)
  if (text === null) return { error: fail(413, `body larger than ${MAX_BODY_BYTES} bytes`) }
  try {
    return { value: JSON.parse(text) }
  } catch {
    return { error: fail(400, 'body is not valid JSON') }
  }
}

/** A same-origin JSON body that `schema` accepts, or the answer that refuses it. */
async function readRequest<T>(
  request: Request,
  siteOrigin: string,
  schema: z.ZodType<T>,
): Promise<{ data: T; error?: undefined } | { data?: undefined; error: ApiResult }> {
  if (!isSameOrigin(request, siteOrigin))
    return { error: fail(403, 'cross-origin requests are refused') }
  const { value, error } = await parseJson(request)
  if (error) return { error }
  const parsed = schema.safeParse(value)
  if (!parsed.success) return { error: fail(400, describe(parsed.error)) }
  return { data: parsed.data }
}

async function missingIds(
  payload: Payload,
  collection: 'districts' | 'transit-lines' | 'topics',
  wanted: number[],
): Promise<number[]> {
  if (wanted.length === 0) return []
  const unique = [...new Set(wanted)]
  const { docs } = await payload.find({
    collection,
    where: { id: { in: unique } },
    depth: 0,
    limit: unique.length,
    pagination: false,
    select: {},
    overrideAccess: true,
  })
  const found = new Set(docs.map((d) => Number(d.id)))
  return unique.filter((id) => !found.has(id))
}

/** A 400 naming the first referenced district, line or topic that does not exist. */
async function unknownReference(
  payload: Payload,
  input: SubscriptionInput,
): Promise<ApiResult | null> {
  for (const [field, collection] of [
    ['districts', 'districts'],
    ['lines', 'transit-lines'],
    ['agendaTopics', 'topics'],
  ] as const) {
    const missing = await missingIds(payload, collection, input[field])
    if (missing.length > 0) return fail(400, `${field}: unknown id ${missing.join(', ')}`)
  }
  return null
}

function subscriptionData(input: SubscriptionInput) {
  return {
    endpoint: input.endpoint,
    keys: input.keys,
    locale: input.locale as 'en',
    alerts: input.alerts,
    districts: input.districts,
    lines: input.lines,
    agendaTopics: input.agendaTopics,
    area: input.area
      ? {
          centre: [input.area.lng, input.area.lat] as [number, number],
          radiusKm: input.area.radiusKm,
        }
      : { centre: null, radiusKm: null },
    failureCount: 0,
  }
}

async function newSubscriptionCapped(request: Request): Promise<ApiResult | null> {
  const capped = await rateLimit('pushNewSubscription', request)
  if (!capped) return null
  const body = (await capped.json()) as Record<string, unknown>
  return {
    status: 429,
    body: { ...body, error: `This network has subscribed too many devices today. ${body.error}` },
    headers: { 'Retry-After': capped.headers.get('Retry-After') ?? '60' },
  }
}

export async function handleSubscribe(
  payload: Payload,
  request: Request,
  { siteOrigin }: { siteOrigin: string },
): Promise<ApiResult> {
  const { data: input, error } = await readRequest(request, siteOrigin, subscriptionSchema)
  if (error) return error
  const unknown = await unknownReference(payload, input)
  if (unknown) return unknown
  const data = subscriptionData(input)
  const existing = await payload.find({
    collection: 'push-subscriptions',
    where: { endpoint: { equals: input.endpoint } },
    depth: 0,
    limit: 1,
    select: {},
    overrideAccess: true,
  })
  const choices = {
    alerts: input.alerts,
    districts: input.districts,
    lines: input.lines,
    area: input.area,
    agendaTopics: input.agendaTopics,
    locale: input.locale,
  }
  if (existing.docs[0]) {
    await payload.update({
      collection: 'push-subscriptions',
      id: existing.docs[0].id,
      data,
      depth: 0,
      overrideAccess: true,
    })
    return { status: 200, body: { subscribed: true, updated: true, ...choices } }
  }
  const capped = await newSubscriptionCapped(request)
  if (capped) return capped
  await payload.create({ collection: 'push-subscriptions', data, depth: 0, overrideAccess: true })
  return { status: 201, body: { subscribed: true, updated: false, ...choices } }
}

export async function handleUnsubscribe(
  payload: Payload,
  request: Request,
  { siteOrigin }: { siteOrigin: string },
): Promise<ApiResult> {
  const { data: body, error } = await readRequest(request, siteOrigin, deleteSchema)
  if (error) return error
  await payload.delete({
    collection: 'push-subscriptions',
    where: { endpoint: { equals: body.endpoint } },
    depth: 0,
    overrideAccess: true,
  })
  // The same answer whether or not it existed: nothing to learn about other devices.
  return { status: 204, body: null }
}
