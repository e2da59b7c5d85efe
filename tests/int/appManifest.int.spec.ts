// The manifest and icon routes on a real SQLite database: settings → manifest, the
// settings' icon → generated PNGs, and the bundled icons when none is set.
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let manifestGET: typeof import('@/app/(frontend)/[locale]/manifest.webmanifest/route').GET
let iconGET: typeof import('@/app/(frontend)/app-icons/[file]/route').GET

beforeAll(async () => {
  ctx = await startTestPayload()
  manifestGET = (await import('@/app/(frontend)/[locale]/manifest.webmanifest/route')).GET
  iconGET = (await import('@/app/(frontend)/app-icons/[file]/route')).GET
})

afterAll(async () => {
  await ctx?.cleanup()
})

const manifestFor = async (locale: string) =>
  manifestGET(new Request(`http://127.0.0.1/${locale}/manifest.webmanifest`), {
    params: Promise.resolve({ locale }),
  })

const icon = async (file: string, query = '') =>
  iconGET(new Request(`http://127.0.0.1/app-icons/${file}${query}`), {
    params: Promise.resolve({ file }),
  })

describe('manifest route', () => {
  it('falls back to the city name, default colours and the bundled icons', async () => {
    const response = await manifestFor('en')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/manifest+json')
    const manifest = await response.json()
    expect(manifest).toMatchObject({
      name: 'Testville',
      short_name: 'Testville',
      start_url: '/en',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b5394',
      background_color: '#ffffff',
    })
    expect(manifest.icons[0].src).toBe('/app-icons/icon-192.png')

    const png = await icon('icon-192.png')
    expect(png.headers.get('content-type')).toBe('image/png')
    const meta = await sharp(Buffer.from(await png.arrayBuffer())).metadata()
    expect([meta.width, meta.height]).toEqual([192, 192])
  })

  it('uses the app settings per language and makes the icons from the settings icon', async () => {
    const { payload } = ctx
    const source = await sharp({
      create: { width: 640, height: 640, channels: 4, background: '#ff0000' },
    })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'City crest' },
      file: { data: source, mimetype: 'image/png', name: 'crest.png', size: source.length },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: {
        app: {
          name: 'Testville app',
          shortName: 'Testville',
          themeColor: '#123456',
          backgroundColor: '#fefefe',
          icon: media.id,
        },
      },
      context: { disableRevalidate: true },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'es',
      data: { app: { name: 'App de Testville', description: 'Avisos y trámites' } },
      context: { disableRevalidate: true },
    })

    const en = await (await manifestFor('en')).json()
    const es = await (await manifestFor('es')).json()
    expect(en).toMatchObject({ name: 'Testville app', start_url: '/en', theme_color: '#123456' })
    expect(es).toMatchObject({
      name: 'App de Testville',
      description: 'Avisos y trámites',
      start_url: '/es',
      lang: 'es',
      theme_color: '#123456',
    })
    const src = en.icons.find((entry: { purpose: string }) => entry.purpose === 'maskable').src
    expect(src).toMatch(new RegExp(`^/app-icons/maskable-512\\.png\\?v=${media.id}-\\d+$`))

    for (const [file, size] of [
      ['icon-192.png', 192],
      ['icon-512.png', 512],
      ['maskable-512.png', 512],
      ['apple-touch-icon.png', 180],
    ] as const) {
      const response = await icon(file, '?v=1')
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toContain('immutable')
      const { data, info } = await sharp(Buffer.from(await response.arrayBuffer()))
        .raw()
        .toBuffer({ resolveWithObject: true })
      expect([info.width, info.height], file).toEqual([size, size])
      // Made from the red upload, not the bundled blue mark.
      const centre = (Math.floor(size / 2) * size + Math.floor(size / 2)) * info.channels
      expect([data[centre], data[centre + 1], data[centre + 2]], file).toEqual([255, 0, 0])
    }
    // The maskable icon's edge is the theme colour.
    const maskable = await sharp(Buffer.from(await (await icon('maskable-512.png')).arrayBuffer()))
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect([...maskable.data.subarray(0, 3)]).toEqual([0x12, 0x34, 0x56])
  })

  it('answers 404 for an unknown language or icon', async () => {
    expect((await manifestFor('xx')).status).toBe(404)
    expect((await icon('../../package.json')).status).toBe(404)
    expect((await icon('icon-1024.png')).status).toBe(404)
  })

  it('refuses invalid colours in the settings and stores nothing', async () => {
    await expect(
      ctx.payload.updateGlobal({
        slug: 'site-settings',
        data: { app: { themeColor: 'red' } },
        context: { disableRevalidate: true },
      }),
    ).rejects.toThrow(/Theme Color/)
    const en = await (await manifestFor('en')).json()
    expect(en.theme_color).toBe('#123456')
  })
})
