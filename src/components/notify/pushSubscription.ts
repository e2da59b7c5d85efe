// The browser's push subscription (service worker + PushManager, VAPID public key) and the
// site's record of it at /api/push/subscriptions. No React here: the form calls these.
import type { Messages } from '@/lib/i18n/messages'

import type { Choices } from './choices'

const API = '/api/push/subscriptions'

function urlBase64ToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = (value + '='.repeat((4 - (value.length % 4)) % 4))
    .replace(/-/g, '+')
    .replace(/_/g, '/')
  const raw = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(raw.length))
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i)
  return bytes
}

/** The site answered with an error (the body's text is English: never shown). */
export class ServerError extends Error {}

/**
 * A reason in the page's language: the browser's own messages ("Registration failed -
 * permission denied") are English whatever the page, so they are never shown as they are.
 */
export function reasonFor(error: unknown, reasons: Messages['notify']['reasons']): string {
  if (error instanceof ServerError) return reasons.server
  if (error instanceof DOMException) return reasons.push
  // fetch() rejects with a TypeError when the network fails.
  if (error instanceof TypeError) return reasons.network
  return reasons.other
}

/** Asked at use rather than baked into the (prerendered) page: keys may change after a build. */
async function vapidPublicKey(): Promise<string> {
  const response = await fetch('/api/push/vapid-public-key')
  if (!response.ok) throw new ServerError(String(response.status))
  return ((await response.json()) as { publicKey: string }).publicKey
}

/** The service worker's registration, or null if none becomes ready soon (none registered). */
export async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!navigator.serviceWorker || !('PushManager' in window)) return null
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
  ])
}

/** This browser's subscription, asked for (with the site's key) when there is none yet. */
export async function browserSubscription(
  reg: ServiceWorkerRegistration,
): Promise<PushSubscription> {
  return (
    (await reg.pushManager.getSubscription()) ??
    (await reg.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: urlBase64ToBytes(await vapidPublicKey()),
    }))
  )
}

/** Sends the subscription with the citizen's choices; throws a ServerError if refused. */
export async function saveSubscription(
  subscription: PushSubscription,
  locale: string,
  choices: Choices,
): Promise<void> {
  const json = subscription.toJSON()
  const area =
    choices.alerts === 'matching' && choices.lat && choices.lng
      ? {
          lat: Number(choices.lat),
          lng: Number(choices.lng),
          radiusKm: Number(choices.radiusKm),
        }
      : null
  const matching = choices.alerts === 'matching'
  const response = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      endpoint: json.endpoint,
      keys: json.keys,
      locale,
      alerts: choices.alerts,
      districts: matching ? choices.districts : [],
      lines: matching ? choices.lines : [],
      area,
      agendaTopics: choices.topics,
    }),
  })
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string }
    throw new ServerError(body.error ?? String(response.status))
  }
}

/** Deletes the site's record, then unsubscribes in the browser (nothing when none). */
export async function removeSubscription(): Promise<void> {
  const reg = await registration()
  const subscription = await reg?.pushManager.getSubscription()
  if (!subscription) return
  await fetch(API, {
    method: 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ endpoint: subscription.endpoint }),
  })
  await subscription.unsubscribe()
}
