import type { TextFieldSingleValidation } from 'payload'

import { buildStartOnlineUrl } from '@/lib/eoffice/startOnline'
import { readEOfficeSettings } from '@/lib/eoffice/readEOfficeSettings'

/**
 * Refuses at save any e-office link that would not lead to an allowlisted host, with the
 * reason in the editor's validation message (docs/SECURITY.md).
 */
export const validateTransactionPath: TextFieldSingleValidation = async (
  value,
  { req, siblingData },
) => {
  const enabled = (siblingData as { enabled?: boolean })?.enabled
  if (!value)
    return enabled ? 'Give the e-office transaction path (or turn the online channel off).' : true
  const settings = await readEOfficeSettings(req.payload, req)
  const result = buildStartOnlineUrl(value, settings)
  return result.ok ? true : result.error
}
