import type { Payload, PayloadRequest } from 'payload'

/** The city's time zone from site settings, read in the caller's transaction (hooks, jobs). */
export async function readCityTimeZone(payload: Payload, req?: PayloadRequest): Promise<string> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    select: { timezone: true },
    req,
  })
  return settings.timezone || 'UTC'
}
