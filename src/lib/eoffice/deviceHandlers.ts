// Which of a signed-in citizen's devices get e-office notices (linked push subscriptions).
import { readServerUrl } from '@/lib/config/env'
import { isSameOrigin } from '@/lib/http/sameOrigin'

import { deviceIds, linkDevice, subscriptionIdForEndpoint, unlinkDevice } from './links'
import { formOrJson, json, type HandlerContext } from './responses'
import { CITIZEN_COOKIE, citizenFromSessionValue } from './session'
import { readCookie } from './signedToken'

function validEndpoint(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/** POST (link) or DELETE (unlink) /api/eoffice/devices {endpoint}. */
export async function handleDevices(
  request: Request,
  { payload, env = process.env }: HandlerContext,
) {
  if (!isSameOrigin(request, readServerUrl(env)))
    return json(403, { error: 'Cross-site request refused.' })
  const link = await citizenFromSessionValue(
    payload,
    readCookie(request.headers.get('cookie'), CITIZEN_COOKIE),
  )
  if (!link) return json(401, { error: 'Sign in with the electronic office first.' })
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
    return json(415, { error: 'Send JSON: {"endpoint": "https://…"}.' })
  }
  const body = await formOrJson(request)
  if (!validEndpoint(body.endpoint)) {
    return json(400, {
      error: 'endpoint must be the https URL of this device’s push subscription.',
    })
  }
  const result =
    request.method === 'DELETE'
      ? await unlinkDevice(payload, link, body.endpoint)
      : await linkDevice(payload, link, body.endpoint)
  if (result === 'unknown-endpoint') {
    return json(404, {
      error: 'This device has no push subscription here: turn on “Notify me” first.',
    })
  }
  return json(200, { [result]: true })
}

/** GET /api/eoffice/devices?endpoint=…: whether this device is linked (for the page's script). */
export async function handleDeviceStatus(request: Request, { payload }: HandlerContext) {
  const link = await citizenFromSessionValue(
    payload,
    readCookie(request.headers.get('cookie'), CITIZEN_COOKIE),
  )
  if (!link) return json(401, { error: 'Not signed in.' })
  const endpoint = new URL(request.url).searchParams.get('endpoint')
  if (!validEndpoint(endpoint)) return json(400, { error: 'endpoint must be an https URL.' })
  const id = await subscriptionIdForEndpoint(payload, endpoint)
  return json(200, {
    subscribed: id !== null,
    linked: id !== null && deviceIds(link).includes(id),
  })
}
