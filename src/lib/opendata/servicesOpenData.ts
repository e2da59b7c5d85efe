import type { Payload } from 'payload'
import { z } from 'zod'

import { localePath, paths } from '@/lib/content/paths'
import { cityTimeZone, type JsonResponse } from '@/lib/geo/nearbyResponse'
import { readCityAddress } from '@/lib/hours/holidayRegion'
import { defaultLocale, locales } from '@/lib/i18n/locales'

import { toHsdsPage } from './hsds'

const querySchema = z
  .object({
    locale: z
      .enum(locales as [string, ...string[]], {
        error: `locale must be one of: ${locales.join(', ')}.`,
      })
      .default(defaultLocale),
  })
  .strict()

export async function servicesOpenDataResponse(
  payload: Payload,
  params: URLSearchParams,
  serverUrl: string,
): Promise<JsonResponse> {
  const parsed = querySchema.safeParse(Object.fromEntries(params))
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown parameter: ${issue.keys.join(', ')}. Allowed: locale.`
        : issue.message,
    )
    return { status: 400, body: { error: errors.join(' '), errors } }
  }
  const { locale } = parsed.data
  const [{ docs }, timeZone] = await Promise.all([
    payload.find({
      collection: 'services',
      locale: locale as 'en',
      depth: 0,
      pagination: false,
      sort: 'slug',
      // Anonymous: published documents only, never drafts.
      overrideAccess: false,
      select: {
        title: true,
        slug: true,
        summary: true,
        status: true,
        locations: true,
        updatedAt: true,
      },
    }),
    cityTimeZone(payload),
  ])
  const { address } = readCityAddress()
  return {
    status: 200,
    body: toHsdsPage(docs as never, {
      serviceUrl: (slug) => `${serverUrl}${localePath(locale, paths.service(slug))}`,
      countryCode: address.country_code,
      region: address.state,
      timeZone,
    }),
  }
}
