// Key material a browser would hold for a push subscription (RFC 8291): a P-256 key pair
// (public half sent to the site as `p256dh`) and a 16-byte auth secret. The private half
// stays here so the local push endpoint can decrypt what the site sent.
import crypto from 'node:crypto'

import webpush from 'web-push'

export interface SubscriptionKeys {
  /** Base64url uncompressed P-256 public key (65 bytes), as PushSubscription.toJSON() gives. */
  p256dh: string
  /** Base64url 16-byte auth secret. */
  auth: string
  /** The receiver's ECDH object, for http_ece.decrypt. */
  ecdh: crypto.ECDH
}

export function subscriptionKeys(): SubscriptionKeys {
  const ecdh = crypto.createECDH('prime256v1')
  ecdh.generateKeys()
  return {
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: crypto.randomBytes(16).toString('base64url'),
    ecdh,
  }
}

/** A fresh VAPID pair for a test run (what VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY hold). */
export function vapidKeys(): { publicKey: string; privateKey: string } {
  return webpush.generateVAPIDKeys()
}

/** Sets the env the push module reads; returns the pair. */
export function useTestVapidKeys(subject = 'mailto:push-test@plaza.invalid') {
  const pair = vapidKeys()
  process.env.VAPID_PUBLIC_KEY = pair.publicKey
  process.env.VAPID_PRIVATE_KEY = pair.privateKey
  process.env.VAPID_SUBJECT = subject
  return pair
}
