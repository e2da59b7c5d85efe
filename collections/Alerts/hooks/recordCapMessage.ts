import type { CollectionBeforeChangeHook } from 'payload'

import { capHistory, nextCapMessage } from '@/lib/alerts/capMessages'
import type { Alert } from '@/payload-types'

/**
 * Every publish of an alert is a CAP message. History comes from the stored document, never the
 * request, so nobody can rewrite what was already sent.
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
