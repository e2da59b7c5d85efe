import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { appIconSpec, appIconSpecs, cachedAppIcon, renderAppIcon } from '@/lib/pwa/icons'
import {
  buildWebAppManifest,
  DEFAULT_BACKGROUND_COLOR,
  DEFAULT_THEME_COLOR,
  validColour,
} from '@/lib/pwa/manifest'

describe('buildWebAppManifest', () => {
  it('uses the app settings when they are set', () => {
    const manifest = buildWebAppManifest({
      locale: 'es',
      cityName: 'Ciudad Plaza',
      app: {
        name: 'App de Ciudad Plaza',
        shortName: 'Plaza',
        description: 'Trámites y avisos',
        themeColor: '#AA0000',
        backgroundColor: '#fafafa',
      },
      iconVersion: '7-1700000000000',
    })
    expect(manifest).toMatchObject({
      name: 'App de Ciudad Plaza',
      short_name: 'Plaza',
      description: 'Trámites y avisos',
      lang: 'es',
      start_url: '/es',
      scope: '/',
      id: '/',
      display: 'standalone',
      theme_color: '#aa0000',
      background_color: '#fafafa',
    })
    expect(manifest.icons.map((icon) => [icon.src, icon.sizes, icon.purpose])).toEqual([
      ['/app-icons/icon-192.png?v=7-1700000000000', '192x192', 'any'],
      ['/app-icons/icon-512.png?v=7-1700000000000', '512x512', 'any'],
      ['/app-icons/maskable-512.png?v=7-1700000000000', '512x512', 'maskable'],
    ])
    expect(manifest.icons.every((icon) => icon.type === 'image/png')).toBe(true)
  })

  it('falls back to the city name, a short name that fits and the default colours', () => {
    const manifest = buildWebAppManifest({
      locale: 'en',
      cityName: 'Greater Plaza City',
      app: { name: '  ', shortName: null, themeColor: 'red', backgroundColor: '' },
    })
    expect(manifest.name).toBe('Greater Plaza City')
    expect(manifest.short_name).toBe('Greater')
    expect(manifest.short_name.length).toBeLessThanOrEqual(12)
    expect(manifest).not.toHaveProperty('description')
    expect(manifest.theme_color).toBe(DEFAULT_THEME_COLOR)
    expect(manifest.background_color).toBe(DEFAULT_BACKGROUND_COLOR)
    expect(manifest.icons[0].src).toBe('/app-icons/icon-192.png')
  })

  it('falls back to "Plaza" with no settings at all, and starts in each language', () => {
    for (const locale of ['en', 'es']) {
      const manifest = buildWebAppManifest({ locale, app: null })
      expect(manifest.name).toBe('Plaza')
      expect(manifest.start_url).toBe(`/${locale}`)
      expect(manifest.lang).toBe(locale)
    }
  })

  it('keeps a short name of 12 characters or fewer', () => {
    expect(buildWebAppManifest({ locale: 'en', cityName: 'Villanuevadelaserena' }).short_name).toBe(
      'Villanuevade',
    )
  })
})

describe('validColour', () => {
  it('accepts #rrggbb only', () => {
    expect(validColour('#0B5394', 'x')).toBe('#0b5394')
    expect(validColour(' #ffffff ', 'x')).toBe('#ffffff')
    for (const bad of ['#fff', 'blue', 'rgb(0,0,0)', '#12345g', '', null, undefined, 42]) {
      expect(validColour(bad, 'fallback')).toBe('fallback')
    }
  })
})

describe('app icons', () => {
  const source = () =>
    sharp({ create: { width: 600, height: 400, channels: 4, background: '#ff000080' } })
      .png()
      .toBuffer()

  it('makes every icon square at its size, as PNG', async () => {
    const input = await source()
    for (const spec of appIconSpecs) {
      const meta = await sharp(await renderAppIcon(input, spec, '#0b5394')).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['png', spec.size, spec.size])
    }
  })

  it('fills maskable icons (no transparency) and keeps the picture in the safe zone', async () => {
    const icon = await renderAppIcon(await source(), appIconSpec('maskable-512.png')!, '#0b5394')
    const { data, info } = await sharp(icon).raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => {
      const at = (y * info.width + x) * info.channels
      return [data[at], data[at + 1], data[at + 2]]
    }
    expect(info.channels).toBe(3)
    expect(pixel(2, 2)).toEqual([0x0b, 0x53, 0x94])
    expect(pixel(256, 256)).not.toEqual([0x0b, 0x53, 0x94])
  })

  it('renders each icon once per source version', async () => {
    let loads = 0
    const load = async () => {
      loads += 1
      return source()
    }
    const spec = appIconSpec('icon-192.png')!
    const first = await cachedAppIcon('unit-1', spec, '#000000', load)
    const second = await cachedAppIcon('unit-1', spec, '#000000', load)
    expect(second).toBe(first)
    expect(loads).toBe(1)
    await cachedAppIcon('unit-2', spec, '#000000', load)
    expect(loads).toBe(2)
  })

  it('does not keep a failure', async () => {
    const spec = appIconSpec('icon-192.png')!
    await expect(
      cachedAppIcon('broken', spec, '#000000', async () => Buffer.from('not an image')),
    ).rejects.toThrow()
    const icon = await cachedAppIcon('broken', spec, '#000000', source)
    expect((await sharp(icon).metadata()).width).toBe(192)
  })
})
