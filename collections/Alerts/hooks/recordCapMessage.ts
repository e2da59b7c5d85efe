import type { CollectionBeforeChangeHook } from 'payload'

import { capHistory, nextCapMessage } from '@/lib/alerts/capMessages'
import type { Alert } from '@/payload-types'

/**
 * Every publish of an alert is a CAP message (Alert, then Update, or Cancel when withdrawn).
 * The history is always taken from the stored document, never from the request, so that
 * no editor or API client can rewrite what was already sent.
 */
export const recordCapMessage: CollectionBeforeChangeHook<Alert> = ({ data, originalDoc }) => {
  const history = originalDoc ? capHistory(originalDoc) : []
  data.capMessages = history
  if (data._status !== 'published') return data
  const message = nextCapMessage(
    history,
    { withdrawn: Boolean(data.withdrawn) },
    { now: new Date() },
  )
  if (message) data.capMessages = [...history, message]
  return data
}
