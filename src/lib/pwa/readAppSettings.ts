import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Media } from '@/payload-types'

import type { AppSettingsInput } from './manifest'

export interface AppSettings extends AppSettingsInput {
  /** The uploaded icon's file, when there is one. */
  icon: { version: string; load: () => Promise<Buffer> } | null
}

/**
 * The site settings' `app` group for one language, with its icon if the file exists. Anonymous:
 * any visitor may fetch the manifest.
 */
export async function readAppSettings(payload: Payload, locale: string): Promise<AppSettings> {
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    locale: locale as never,
    depth: 1,
    overrideAccess: false,
    select: { cityName: true, app: true },
  })
  const media =
    settings.app?.icon && typeof settings.app.icon === 'object'
      ? (settings.app.icon as Media)
      : null
  let icon: AppSettings['icon'] = null
  if (media?.filename) {
    const staticDir = payload.collections.media.config.upload.staticDir || 'data/media'
    const file = path.resolve(staticDir, path.basename(media.filename))
    icon = {
      version: `${media.id}-${Date.parse(media.updatedAt) || 0}`,
      // The media folder is configurable (PLAZA_MEDIA_DIR): not part of the server bundle.
      load: () => fs.readFile(/*turbopackIgnore: true*/ file),
    }
  }
  return {
    locale,
    cityName: settings.cityName,
    app: settings.app ?? null,
    iconVersion: icon?.version ?? null,
    icon,
  }
}
