/** What the service worker receives (the contract with src/sw/sw.ts): shown as a notification; click opens `url`. */
export interface PushMessage {
  title: string
  body: string
  /** A same-origin path (/en/alerts/…) or an allowlisted electronic-office URL. */
  url: string
  /** Notifications with the same tag replace each other on the device. */
  tag: string
  lang: 'en' | 'es'
}

export type PushUrgency = 'very-low' | 'low' | 'normal' | 'high'

export type PushKind = 'alert' | 'event' | 'eoffice'

export interface PushTarget {
  endpoint: string
  keys: { p256dh: string; auth: string }
}
