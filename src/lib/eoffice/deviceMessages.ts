import type { Messages } from '@/lib/i18n/messages'

// The strings the device-linking client component needs. Only plain strings cross to the
// client: the message catalogue also holds functions, which React cannot serialise.
export const DEVICE_MESSAGE_KEYS = [
  'deviceLink',
  'deviceUnlink',
  'deviceLinked',
  'deviceNotLinked',
  'deviceNeedsNotify',
  'deviceUnsupported',
  'deviceFailed',
] as const

export type DeviceMessages = Pick<Messages['myOffice'], (typeof DEVICE_MESSAGE_KEYS)[number]>

export function deviceMessages(t: Messages['myOffice']): DeviceMessages {
  return Object.fromEntries(DEVICE_MESSAGE_KEYS.map((key) => [key, t[key]])) as DeviceMessages
}
