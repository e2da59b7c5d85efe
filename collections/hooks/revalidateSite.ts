import type { GlobalAfterChangeHook } from 'payload'

import { requestRevalidation } from '@/lib/revalidation/revalidate'

/** Settings and navigation appear on every page: refresh the whole site. */
export const revalidateSite: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (context.disableRevalidate) return doc
  await requestRevalidation([{ kind: 'layout', path: '/' }], { logger: req.payload.logger })
  return doc
}
