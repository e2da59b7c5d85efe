// The app's icons: made with sharp from the icon in the site settings, or Plaza's bundled
// PNGs (public/icons, made once by scripts/generate-app-icons.ts). Framework-free.
import sharp from 'sharp'

export interface AppIconSpec {
  file: string
  size: number
  /** Maskable icons keep their picture inside the central 80 % "safe zone" on a solid fill. */
  maskable: boolean
}

export const appIconSpecs: readonly AppIconSpec[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
  // The monochrome badge Android shows in the status bar for a notification.
  { file: 'badge-96.png', size: 96, maskable: false },
]

export function appIconSpec(file: string): AppIconSpec | undefined {
  return appIconSpecs.find((spec) => spec.file === file)
}

/**
 * One icon from a square image. Maskable and Apple icons are flattened on the fill colour at
 * 80 %: launchers crop them, and iOS shows transparency as black.
 */
export async function renderAppIcon(
  source: Buffer,
  spec: AppIconSpec,
  backgroundColor: string,
): Promise<Buffer> {
  if (spec.file.startsWith('badge')) {
    // A badge is a white silhouette on transparency: keep the alpha, paint it white.
    const alpha = await sharp(source)
      .resize(spec.size, spec.size, { fit: 'contain', background: '#0000' })
      .ensureAlpha()
      .extractChannel('alpha')
      .toBuffer()
    return sharp({
      create: { width: spec.size, height: spec.size, channels: 3, background: '#ffffff' },
    })
      .joinChannel(alpha)
      .png()
      .toBuffer()
  }
  if (!spec.maskable) {
    return sharp(source)
      .resize(spec.size, spec.size, { fit: 'contain', background: '#0000' })
      .png()
      .toBuffer()
  }
  const inner = Math.round(spec.size * 0.8)
  const picture = await sharp(source)
    .resize(inner, inner, { fit: 'contain', background: '#0000' })
    .png()
    .toBuffer()
  return (
    sharp({
      create: { width: spec.size, height: spec.size, channels: 3, background: backgroundColor },
    })
      .composite([{ input: picture, gravity: 'centre' }])
      .png()
      .toBuffer()
      // The base is opaque, so the result is too: drop the alpha channel composite adds.
      .then((png) => sharp(png).removeAlpha().png().toBuffer())
  )
}

/**
 * Generated icons keyed by source version and colour, so nothing stale is served; a handful at
 * most, so old ones are simply dropped.
 */
const rendered = new Map<string, Promise<Buffer>>()

export function cachedAppIcon(
  key: string,
  spec: AppIconSpec,
  backgroundColor: string,
  load: () => Promise<Buffer>,
): Promise<Buffer> {
  const cacheKey = `${key}|${spec.file}|${backgroundColor}`
  let icon = rendered.get(cacheKey)
  if (!icon) {
    if (rendered.size > 50) rendered.clear()
    icon = load().then((source) => renderAppIcon(source, spec, backgroundColor))
    // A failure is not cached: the next request tries again.
    icon.catch(() => rendered.delete(cacheKey))
    rendered.set(cacheKey, icon)
  }
  return icon
}

export function appIconCacheSize(): number {
  return rendered.size
}
