// The CAP messages an alert has sent: "Alert", then "Update"s, and "Cancel" on withdrawal, each
// referring back to its chain (CAP 1.2 §3.2.1).
import { randomUUID } from 'node:crypto'

import type { Alert } from '@/payload-types'

export type CapMsgType = 'Alert' | 'Update' | 'Cancel'

export interface CapMessage {
  identifier: string
  sent: string
  msgType: CapMsgType
}

/** A globally unique, stable message identifier (no spaces, commas, `<` or `&`, as CAP requires). */
export function newCapIdentifier(): string {
  return `urn:uuid:${randomUUID()}`
}

/**
 * The CAP message a publish sends given those sent before; null when there is nothing to say.
 * After a Cancel, publishing again starts a new chain with a fresh "Alert".
 */
export function nextCapMessage(
  history: readonly CapMessage[],
  { withdrawn }: { withdrawn: boolean },
  { now, identifier = newCapIdentifier() }: { now: Date; identifier?: string },
): CapMessage | null {
  const last = history.at(-1)
  const chainOpen = last !== undefined && last.msgType !== 'Cancel'
  if (withdrawn && !chainOpen) return null
  const msgType: CapMsgType = withdrawn ? 'Cancel' : chainOpen ? 'Update' : 'Alert'
  return { identifier, sent: toCapDateTime(now), msgType }
}

/** The messages a message refers to: its chain's earlier messages, from the last "Alert". */
export function referencedMessages(
  history: readonly CapMessage[],
  index = history.length - 1,
): CapMessage[] {
  if (index <= 0 || history[index]?.msgType === 'Alert') return []
  let start = index - 1
  while (start > 0 && history[start].msgType !== 'Alert') start -= 1
  return history.slice(start, index)
}

/** CAP `references`: space-separated "sender,identifier,sent" triples. */
export function formatReferences(sender: string, messages: readonly CapMessage[]): string {
  return messages.map((m) => `${sender},${m.identifier},${toCapDateTime(m.sent)}`).join(' ')
}

/**
 * CAP date-time: whole seconds with an explicit offset. The OASIS schema's pattern accepts
 * "+00:00" but not "Z", which is what toISOString() writes.
 */
export function toCapDateTime(value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date: ${String(value)}`)
  return `${date.toISOString().slice(0, 19)}+00:00`
}

/** The messages stored on an alert document, typed for the functions above. */
export function capHistory(alert: Pick<Alert, 'capMessages'>): CapMessage[] {
  return (alert.capMessages ?? []).map(({ identifier, sent, msgType }) => ({
    identifier,
    sent,
    msgType,
  }))
}
