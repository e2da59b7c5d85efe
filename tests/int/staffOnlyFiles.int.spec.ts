// docs/SECURITY.md: staff-only uploads stay staff-only by every spelling of a file
// address, over real HTTP through Payload's REST route as the site serves it; an upload is
// refused before its body is read when the user may not make it or it is too large; a GTFS
// zip larger than the 10 MB the proxy buffers is accepted. Hostile cases per input and the
// 5xx answers seen are printed at the end.
import fs from 'node:fs'
import path from 'node:path'

import { zipSync } from 'fflate'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { forgetActiveTimetable } from '@/lib/transit/storage'
import {
  legacyTransitFeedsDir,
  mediaDir,
  moveLegacyTransitFeeds,
  transitFeedsDir,
} from '@/lib/uploads/uploadDirs'

import { fixtureZip } from '../helpers/gtfsFixtures'
import {
  httpRequest,
  plazaApiDispatch,
  startRouteServer,
  type Dispatch,
  type RouteServer,
} from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let server: RouteServer
let dispatch: Dispatch
const tokens: Record<'admin' | 'editor' | 'contributor', string> = {
  admin: '',
  editor: '',
  contributor: '',
}
let feedName: string
let imageName: string
const tally: Record<string, { cases: number; fiveHundreds: number }> = {}

const ZIP_MAGIC = 'PK\u0003\u0004'

beforeAll(async () => {
  process.env.PLAZA_RATE_LIMIT_LOGIN = '100000/60'
  ctx = await startTestPayload()
  payload = ctx.payload
  forgetActiveTimetable()
  dispatch = await plazaApiDispatch()
  server = await startRouteServer(dispatch)
  for (const role of ['admin', 'editor', 'contributor'] as const) {
    const email = `${role}@files.example`
    await payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse-battery', role },
    })
    const login = await fetch(`${server.origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct-horse-battery' }),
    })
    tokens[role] = ((await login.json()) as { token: string }).token
  }
  const zip = fixtureZip('dst-madrid')
  const feed = await payload.create({
    collection: 'transit-feeds',
    data: {} as never,
    file: {
      data: Buffer.from(zip),
      name: 'staff-feed.zip',
      mimetype: 'application/zip',
      size: zip.length,
    },
    context: { skipImportQueue: true },
  })
  feedName = feed.filename!
  const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'A red square' },
    file: { data: png, name: 'square.png', mimetype: 'image/png', size: png.length },
  })
  imageName = image.filename!
}, 120_000)

afterAll(async () => {
  for (const [input, { cases, fiveHundreds }] of Object.entries(tally)) {
    console.log(`hostile input — ${input}: ${cases} cases tried, ${fiveHundreds} answered 5xx`)
  }
  forgetActiveTimetable()
  await server?.close()
  await ctx?.cleanup()
  delete process.env.PLAZA_RATE_LIMIT_LOGIN
})

function count(input: string, status: number) {
  tally[input] ??= { cases: 0, fiveHundreds: 0 }
  tally[input].cases++
  if (status >= 500) tally[input].fiveHundreds++
}

describe('where staff-only files are kept', () => {
  it('keeps transit feeds outside the public media folder', () => {
    const media = path.resolve(mediaDir())
    const feeds = path.resolve(transitFeedsDir())
    expect(fs.existsSync(path.join(feeds, feedName))).toBe(true)
    expect(feeds.startsWith(media + path.sep)).toBe(false)
    expect(fs.existsSync(path.join(media, 'transit-feeds', feedName))).toBe(false)
  })

  it('gives every upload collection its own folder, none inside another', () => {
    const dirs = payload.config.collections
      .filter((c) => c.upload)
      .map((c) => ({ slug: c.slug, dir: path.resolve(String(c.upload.staticDir)) }))
    expect(dirs.map((d) => d.slug).sort()).toEqual(['media', 'transit-feeds'])
    for (const a of dirs) {
      for (const b of dirs) {
        if (a !== b)
          expect(`${a.dir}${path.sep}`.startsWith(`${b.dir}${path.sep}`), a.slug).toBe(false)
      }
    }
  })

  it('moves the feeds an older install kept in the media folder, once; staff still get feeds', async () => {
    const env = { PLAZA_MEDIA_DIR: path.join(ctx.dir, 'old-install', 'media') }
    const legacy = legacyTransitFeedsDir(env)
    fs.mkdirSync(legacy, { recursive: true })
    fs.writeFileSync(path.join(legacy, 'old-feed.zip'), ZIP_MAGIC + 'old')
    expect(moveLegacyTransitFeeds(env)).toEqual(['old-feed.zip'])
    expect(fs.readFileSync(path.join(transitFeedsDir(env), 'old-feed.zip'), 'utf8')).toBe(
      ZIP_MAGIC + 'old',
    )
    expect(fs.existsSync(legacy)).toBe(false)
    expect(moveLegacyTransitFeeds(env)).toEqual([])

    const staff = await httpRequest(`${server.origin}/api/transit-feeds/file/${feedName}`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(staff.status).toBe(200)
    expect(staff.text.startsWith(ZIP_MAGIC)).toBe(true)
  })
})

describe('file addresses', () => {
  // Each spelling tries to reach the staff-only feed through the public media collection,
  // or the feed collection without a staff session.
  const spellings = (name: string): string[] => [
    `/api/media/file/transit-feeds%2F${name}`,
    `/api/media/file/transit-feeds%2f${name}`,
    `/api/media/file/Transit-Feeds%2F${name}`,
    `/api/media/file/TRANSIT-FEEDS%2F${name}`,
    `/api/media/file/transit-feeds%252F${name}`,
    `/api/media/file/transit-feeds%5C${name}`,
    `/api/media/file/transit-feeds/${name}`,
    `/api/media/file/./transit-feeds%2F${name}`,
    `/api/media/file/..%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file/%2e%2e%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file/%2E%2E%2fprivate%2ftransit-feeds%2f${name}`,
    `/api/media/file/%252e%252e%252Fprivate%252Ftransit-feeds%252F${name}`,
    `/api/media/file/..%5Cprivate%5Ctransit-feeds%5C${name}`,
    `/api/media/file/..%2F..%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file/%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file/..%2Fmedia%2F..%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file/transit-feeds%2F${name}%00.png`,
    `/api/media/file/transit-feeds%2F${name}?prefix=transit-feeds`,
    `/api/media/file/${name}`,
    `/api/media/file/..%2F..%2F..%2F..%2Fetc%2Fpasswd`,
    `/api/media/file/.%2F..%2Fplaza.db`,
    `/api/media/file/..%2Fplaza.db`,
    `/api/transit-feeds/file/${name}`,
    `/api/transit-feeds/file/.%2F${name}`,
    `/api/transit-feeds/file/${name.toUpperCase()}`,
    `/api/Transit-Feeds/file/${name}`,
    `/api/TRANSIT-FEEDS/file/${name}`,
    `/api/transit-feeds%2Ffile%2F${name}`,
    `/api/transit-feeds/file/${encodeURIComponent(name)}%2F`,
    `/api/transit-feeds/file/%2e%2e%2Ftransit-feeds%2F${name}`,
    `/api/transit-feeds/file/${name}?depth=0`,
    `/api/users/file/..%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file`,
    `/api/media/file/`,
  ]

  it.each(['anonymous', 'forged token'] as const)(
    'never hands the staff-only feed to an %s client, by any spelling',
    async (who) => {
      const headers: Record<string, string> =
        who === 'anonymous' ? {} : { authorization: `JWT ${tokens.admin.slice(0, -4)}AAAA` }
      const cases = spellings(feedName)
      // A feed an older install left in the media folder must not be reachable either.
      fs.mkdirSync(legacyTransitFeedsDir(), { recursive: true })
      fs.writeFileSync(path.join(legacyTransitFeedsDir(), 'left-behind.zip'), ZIP_MAGIC + 'x')
      cases.push(...spellings('left-behind.zip').slice(0, 12))
      for (const address of cases) {
        const answer = await httpRequest(`${server.origin}${address}`, { headers })
        count(`file address (${who})`, answer.status)
        const what = `${who} GET ${address} → ${answer.status}: ${answer.text.slice(0, 120)}`
        expect(answer.text.startsWith(ZIP_MAGIC), what).toBe(false)
        expect(answer.status, what).toBeGreaterThanOrEqual(400)
        expect(answer.status, what).toBeLessThan(500)
      }
      fs.rmSync(legacyTransitFeedsDir(), { recursive: true, force: true })
    },
  )

  it('still serves a public image by its own name, and a missing one is a 404 (not a 500)', async () => {
    const image = await httpRequest(`${server.origin}/api/media/file/${imageName}`)
    expect(image.status).toBe(200)
    expect(image.headers['content-type']).toBe('image/png')
    const missing = await httpRequest(`${server.origin}/api/media/file/no-such-image.png`)
    count('file address (anonymous)', missing.status)
    expect(missing.status).toBe(404)
  })

  it('serves the feed to staff by its plain name only', async () => {
    const headers = { authorization: `JWT ${tokens.admin}` }
    const plain = await httpRequest(`${server.origin}/api/transit-feeds/file/${feedName}`, {
      headers,
    })
    expect(plain.status).toBe(200)
    const crooked = await httpRequest(
      `${server.origin}/api/transit-feeds/file/..%2Ftransit-feeds%2F${feedName}`,
      { headers },
    )
    expect(crooked.status).toBe(404)
  })
})

/** A request whose body counts the bytes anyone reads from it. */
function countedUpload(
  collection: string,
  declaredBytes: number | null,
  token?: string,
): { request: Request; read: () => number } {
  let read = 0
  const chunk = new Uint8Array(64 * 1024)
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        read += chunk.length
        if (read >= (declaredBytes ?? 50 * 1024 * 1024)) controller.close()
        else controller.enqueue(chunk)
      },
    },
    { highWaterMark: 0 },
  )
  const headers: Record<string, string> = {
    'content-type': 'multipart/form-data; boundary=----plaza',
    'x-forwarded-for': '127.0.0.1',
  }
  if (declaredBytes !== null) headers['content-length'] = String(declaredBytes)
  else headers['transfer-encoding'] = 'chunked'
  if (token) headers.authorization = `JWT ${token}`
  const request = new Request(`http://127.0.0.1/api/${collection}`, {
    method: 'POST',
    headers,
    body,
    duplex: 'half',
  } as RequestInit)
  return { request, read: () => read }
}

describe('upload bodies', () => {
  const FIFTY_MB = 50 * 1024 * 1024
  const cases: [
    string,
    string,
    number | null,
    'contributor' | 'editor' | 'admin' | null,
    number,
  ][] = [
    ['anonymous 50 MB image', 'media', FIFTY_MB, null, 403],
    ['anonymous 50 MB feed', 'transit-feeds', FIFTY_MB, null, 403],
    ['contributor 50 MB feed (admins only)', 'transit-feeds', FIFTY_MB, 'contributor', 403],
    ['editor 50 MB feed (admins only)', 'transit-feeds', FIFTY_MB, 'editor', 403],
    ['contributor 50 MB image (limit 5 MB)', 'media', FIFTY_MB, 'contributor', 413],
    ['admin 150 MB feed (limit 100 MB)', 'transit-feeds', 150 * 1024 * 1024, 'admin', 413],
    ['contributor image without Content-Length', 'media', null, 'contributor', 411],
  ]

  it.each(cases)(
    'refuses %s before reading its body',
    async (_name, collection, bytes, role, status) => {
      const { request, read } = countedUpload(collection, bytes, role ? tokens[role] : undefined)
      const answer = await dispatch(request)
      count('upload body', answer.status)
      expect(answer.status, await answer.clone().text()).toBe(status)
      const message = ((await answer.json()) as { errors: { message: string }[] }).errors[0]
        ?.message
      expect(message).toMatch(/\w{3,}/)
      expect(read()).toBe(0)
    },
  )

  it('accepts a GTFS zip larger than the 10 MB other bodies may have', async () => {
    const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'gtfs', 'dst-madrid')
    const files: Record<string, Uint8Array> = {}
    for (const file of fs.readdirSync(dir)) files[file] = fs.readFileSync(path.join(dir, file))
    // Incompressible filler stored as is: a 12 MB zip, as a real city's feed can be.
    files['shapes_extra.txt'] = new Uint8Array(12 * 1024 * 1024).map(
      () => 65 + Math.floor(Math.random() * 26),
    )
    const zip = zipSync(files, { level: 0 })
    expect(zip.length).toBeGreaterThan(12 * 1024 * 1024)
    const form = new FormData()
    form.append('file', new Blob([Buffer.from(zip)], { type: 'application/zip' }), 'big-feed.zip')
    const answer = await fetch(`${server.origin}/api/transit-feeds`, {
      method: 'POST',
      headers: { authorization: `JWT ${tokens.admin}` },
      body: form,
    })
    expect(answer.status, await answer.clone().text()).toBe(201)
  }, 120_000)
})
