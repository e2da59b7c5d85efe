import type { Payload, PayloadRequest } from 'payload'

import type { EOfficeSettings } from './startOnline'

/** The e-office base URL and host allowlist, from the site settings global. */
export async function readEOfficeSettings(
  payload: Payload,
  req?: PayloadRequest,
): Promise<EOfficeSettings> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    req,
    overrideAccess: true,
  })
  const eOffice = settings?.eOffice
  return {
    baseUrl: eOffice?.baseUrl ?? '',
    allowedHosts: (eOffice?.allowedHosts ?? []).map((entry) => entry.host).filter(Boolean),
  }
}
