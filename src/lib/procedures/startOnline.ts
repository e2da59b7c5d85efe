import { buildStartOnlineUrl } from '@/lib/eoffice/startOnline'
import { readEOfficeSettings } from '@/lib/eoffice/readEOfficeSettings'
import type { Procedure } from '@/payload-types'

import { getPayloadClient } from '@/lib/content/payload'

/**
 * The "Start online" link of a procedure, or null when it has none or the link cannot be
 * built safely (then the page shows no button and the reason is logged for the editors).
 */
export async function startOnlineUrl(
  procedure: Pick<Procedure, 'slug' | 'online'>,
): Promise<string | null> {
  if (!procedure.online?.enabled) return null
  const payload = await getPayloadClient()
  const result = buildStartOnlineUrl(
    procedure.online.transactionPath ?? '',
    await readEOfficeSettings(payload),
  )
  if (result.ok) return result.url
  payload.logger.error(`procedures/${procedure.slug}: no "Start online" button: ${result.error}`)
  return null
}
