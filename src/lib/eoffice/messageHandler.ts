// The electronic office's signed webhook: a notice for a citizen, delivered to their devices.
import { ConfigError, readWebhookSecret } from '@/lib/config/env'
import { readLimitedText } from '@/lib/http/limitedBody'

import { receiveMessage } from './notices'
import { readOidcSettings } from './oidc'
import { readEOfficeSettings } from './readEOfficeSettings'
import { json, type HandlerContext } from './responses'
import {
  MAX_BODY_BYTES,
  parseEOfficeMessage,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyWebhookSignature,
} from './webhook'

/** POST /api/eoffice/messages: the electronic office's signed webhook. */
export async function handleMessage(
  request: Request,
  { payload, env = process.env }: HandlerContext,
) {
  let secret: string | null
  try {
    secret = readWebhookSecret(env)
  } catch (error) {
    // A short secret could be guessed from one signed request: the webhook stays off.
    if (!(error instanceof ConfigError)) throw error
    console.error(`eoffice: ${error.message}`)
    secret = null
  }
  const settings = readOidcSettings(env)
  if (!secret || !settings) {
    return json(503, { error: 'The electronic-office connection is not configured on this site.' })
  }
  const rawBody = await readLimitedText(request, MAX_BODY_BYTES)
  if (rawBody === null)
    return json(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` })
  const check = verifyWebhookSignature({
    secret,
    timestamp: request.headers.get(TIMESTAMP_HEADER),
    signature: request.headers.get(SIGNATURE_HEADER),
    rawBody,
  })
  if (!check.ok) return json(401, { error: `Refused: ${check.reason}.` })
  const parsed = parseEOfficeMessage(rawBody, await readEOfficeSettings(payload))
  if (!parsed.ok) return json(400, { error: parsed.error })
  // Whatever happened to it (stored, duplicate, unknown recipient, already past retention),
  // the caller learns only that it was accepted.
  await receiveMessage(payload, parsed.message, { issuer: settings.issuer })
  return json(202, { accepted: true })
}
