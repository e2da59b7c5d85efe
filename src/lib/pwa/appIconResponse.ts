import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { appIconSpec, cachedAppIcon } from './icons'
import { DEFAULT_THEME_COLOR, validColour } from './manifest'
import { readAppSettings } from './readAppSettings'

/** Where Plaza's own icons live (committed; made by scripts/generate-app-icons.ts). */
export const BUNDLED_ICONS_DIR = path.resolve(process.cwd(), 'public', 'icons')

/**
 * The bytes of one app icon: made from the settings' icon when one is set (and readable),
 * else the bundled file. Unknown names → null (the route answers 404).
 */
export async function appIconBytes(
  payload: Payload,
  file: string,
): Promise<{ body: Buffer; source: 'settings' | 'bundled' } | null> {
  const spec = appIconSpec(file)
  if (!spec) return null
  const settings = await readAppSettings(payload, 'en')
  if (settings.icon) {
    // Maskable and Apple icons are filled with the theme colour around the picture.
    const fill = validColour(settings.app?.themeColor, DEFAULT_THEME_COLOR)
    try {
      const body = await cachedAppIcon(settings.icon.version, spec, fill, settings.icon.load)
      return { body, source: 'settings' }
    } catch (error) {
      // A missing or unreadable upload must not leave the app without icons.
      payload.logger.warn({ err: error }, `app icon ${file}: using the bundled icon`)
    }
  }
  return { body: await fs.readFile(path.join(BUNDLED_ICONS_DIR, spec.file)), source: 'bundled' }
}
