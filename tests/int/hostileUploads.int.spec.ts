// docs/SECURITY.md: hostile files over real HTTP, through Payload's REST route
// handler as the site serves it. Every case must get a clear 4xx (never a 500, never
// database or stack text) and write nothing: no document, no file on disk, no queued job,
// no timetable part. The counts per input are printed at the end ("cases / 500s seen") for
// the report.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { zipSync, type Zippable } from 'fflate'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildTimetable } from '@/lib/transit/build'
import { forgetActiveTimetable } from '@/lib/transit/storage'
import { mediaDir, privateUploadsDir } from '@/lib/uploads/uploadDirs'
import { declareSize, fixtureZip } from '../helpers/gtfsFixtures'
import { plazaApiDispatch, startRouteServer, type RouteServer } from '../helpers/routeServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'

const INTERNALS =
  /SQLITE_|sqlite3?|drizzle|postgres|syntax error|relation "|column "|at [\w.<>]+ \(|node_modules|TypeError|ReferenceError|Cannot read prop/i

let ctx: TestPayload
let payload: Payload
let server: RouteServer
let adminToken: string
const tally: Record<string, { cases: number; fiveHundreds: number }> = {}

beforeAll(async () => {
  process.env.PLAZA_RATE_LIMIT_LOGIN = '100000/60'
  ctx = await startTestPayload()
  payload = ctx.payload
  forgetActiveTimetable()
  server = await startRouteServer(await plazaApiDispatch())
  await payload.create({
    collection: 'users',
    data: { email: 'admin@test.example', password: 'correct-horse-battery', role: 'admin' },
  })
  const login = await fetch(`${server.origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@test.example', password: 'correct-horse-battery' }),
  })
  adminToken = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  for (const [input, { cases, fiveHundreds }] of Object.entries(tally)) {
    console.log(`hostile input — ${input}: ${cases} cases tried, ${fiveHundreds} answered 5xx`)
  }
  forgetActiveTimetable()
  await server?.close()
  await ctx?.cleanup()
  delete process.env.PLAZA_RATE_LIMIT_LOGIN
})

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()
}

async function state() {
  const count = async (collection: 'media' | 'transit-feeds' | 'transit-feed-chunks') =>
    (await payload.count({ collection })).totalDocs
  return {
    media: await count('media'),
    feeds: await count('transit-feeds'),
    chunks: await count('transit-feed-chunks'),
    jobs: (await payload.count({ collection: 'payload-jobs' })).totalDocs,
    files: [...filesUnder(mediaDir()), ...filesUnder(privateUploadsDir())],
  }
}

type Part = { field: string; name: string; type: string; data: Uint8Array }

async function upload(collection: string, parts: Part[], fields: Record<string, string>) {
  const form = new FormData()
  for (const part of parts) {
    form.append(part.field, new Blob([Buffer.from(part.data)], { type: part.type }), part.name)
  }
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const response = await fetch(`${server.origin}/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${adminToken}` },
    body: form,
  })
  return { status: response.status, text: await response.text() }
}

/** Sends one hostile case and checks the answer and that nothing was written. */
async function expectRefused(input: string, name: string, collection: string, parts: Part[]) {
  const before = await state()
  const fields: Record<string, string> =
    collection === 'media' ? { _payload: JSON.stringify({ alt: name }) } : {}
  const answer = await upload(collection, parts, fields)
  tally[input] ??= { cases: 0, fiveHundreds: 0 }
  tally[input].cases++
  if (answer.status >= 500) tally[input].fiveHundreds++
  const what = `${input} / ${name} → ${answer.status}: ${answer.text.slice(0, 300)}`
  expect(answer.status, what).toBeGreaterThanOrEqual(400)
  expect(answer.status, what).toBeLessThan(500)
  const message = (JSON.parse(answer.text) as { errors?: { message?: string }[] }).errors?.[0]
    ?.message
  expect(message, what).toMatch(/\w{3,}/)
  expect(answer.text, what).not.toMatch(INTERNALS)
  expect(await state(), `${what}: something was written`).toEqual(before)
  return message!
}

// ---------------------------------------------------------------------------------- media

const file = (name: string, type: string, data: Uint8Array | string): Part => ({
  field: 'file',
  name,
  type,
  data: typeof data === 'string' ? new TextEncoder().encode(data) : data,
})

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A PNG whose header declares width × height, with only a few bytes of pixel data. */
function pngDeclaring(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

describe('media uploads', () => {
  let png: Buffer
  let jpeg: Buffer

  beforeAll(async () => {
    png = await sharp({
      create: { width: 4, height: 4, channels: 3, background: '#c00' },
    })
      .png()
      .toBuffer()
    jpeg = await sharp({
      create: { width: 4, height: 4, channels: 3, background: '#0c0' },
    })
      .jpeg()
      .toBuffer()
  })

  const svgScript = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
  const cases: Array<[string, () => Part[]]> = [
    ['SVG with a script', () => [file('logo.svg', 'image/svg+xml', svgScript)]],
    ['SVG renamed to .png', () => [file('logo.png', 'image/png', svgScript)]],
    [
      'SVG with an XML prolog',
      () => [file('a.png', 'image/png', `<?xml version="1.0"?>${svgScript}`)],
    ],
    [
      'HTML renamed to .jpg',
      () => [file('photo.jpg', 'image/jpeg', '<!doctype html><script>alert(1)</script>')],
    ],
    [
      'HTML after a PNG signature (polyglot)',
      () => [
        file(
          'poly.png',
          'image/png',
          Buffer.concat([
            Buffer.from([0x89, 0x50, 0x4e, 0x47]),
            Buffer.from('<html><script>alert(1)</script>'),
          ]),
        ),
      ],
    ],
    [
      'GIF header + JavaScript (polyglot)',
      () => [file('poly.gif', 'image/gif', 'GIF89a/*\x00\x00*/=alert(1)//;')],
    ],
    ['zero bytes', () => [file('empty.png', 'image/png', new Uint8Array())]],
    [
      'larger than 5 MB',
      () => [file('huge.png', 'image/png', Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)]))],
    ],
    [
      'Windows executable',
      () => [file('run.exe', 'application/octet-stream', 'MZ\x90\x00\x03\x00')],
    ],
    ['PDF', () => [file('doc.pdf', 'application/pdf', '%PDF-1.4\n%%EOF')]],
    ['PNG bytes declared as a JPEG named .jpg', () => [file('photo.jpg', 'image/jpeg', png)]],
    ['JPEG bytes named .png', () => [file('photo.png', 'image/png', jpeg)]],
    ['truncated PNG', () => [file('cut.png', 'image/png', png.subarray(0, 40))]],
    ['truncated JPEG', () => [file('cut.jpg', 'image/jpeg', jpeg.subarray(0, jpeg.length >> 1))]],
    [
      'decompression bomb (PNG declaring 100000 × 100000)',
      () => [file('bomb.png', 'image/png', pngDeclaring(100_000, 100_000))],
    ],
    ['PNG declaring 0 × 0', () => [file('zero.png', 'image/png', pngDeclaring(0, 0))]],
    [
      'path traversal in the name',
      () => [file('../../../../tmp/plaza-escape.png', 'image/png', png)],
    ],
    ['Windows path in the name', () => [file('..\\..\\windows\\evil.png', 'image/png', png)]],
    ['control characters in the name', () => [file('a\u0001b\u001b[31m.png', 'image/png', png)]],
    [
      'right-to-left override in the name',
      () => [file('photo\u202egnp.exe.png', 'image/png', png)],
    ],
    ['double extension hiding a script type', () => [file('shell.php.png', 'image/png', png)]],
    ['HTML double extension', () => [file('page.png.html', 'text/html', '<html></html>')]],
    ['name of 300 characters', () => [file(`${'a'.repeat(296)}.png`, 'image/png', png)]],
    ['multipart without a file', () => []],
    ['two files', () => [file('one.png', 'image/png', png), file('two.png', 'image/png', png)]],
    [
      'the file under another field name',
      () => [{ ...file('x.png', 'image/png', png), field: 'image' }],
    ],
  ]

  it.each(cases)('refuses %s with a clear 4xx and writes nothing', async (name, parts) => {
    await expectRefused('uploads (media)', name, 'media', parts())
  })

  it('takes a JPEG with a corrupt EXIF block as an image (no 500), its sizes made', async () => {
    const corrupt = Buffer.concat([
      jpeg.subarray(0, 2),
      Buffer.from([0xff, 0xe1, 0x00, 0x10]),
      Buffer.from('Exif\x00\x00MM\x00*\xff\xff\xff\xff'),
      jpeg.subarray(2),
    ])
    const answer = await upload('media', [file('exif.jpg', 'image/jpeg', corrupt)], {
      _payload: JSON.stringify({ alt: 'odd EXIF' }),
    })
    tally['uploads (media)']!.cases++
    if (answer.status >= 500) tally['uploads (media)']!.fiveHundreds++
    expect(answer.status, answer.text).toBe(201)
    const doc = (
      JSON.parse(answer.text) as {
        doc: { mimeType: string; sizes: { thumbnail: { filename: string | null } } }
      }
    ).doc
    expect(doc.mimeType).toBe('image/jpeg')
  })

  it('still takes an ordinary image (the guard is not a wall)', async () => {
    const answer = await upload('media', [file('ok.png', 'image/png', png)], {
      _payload: JSON.stringify({ alt: 'ok' }),
    })
    expect(answer.status, answer.text).toBe(201)
  })
})

// ---------------------------------------------------------------------------- GTFS zips

const text = (s: string) => new TextEncoder().encode(s)

/** The small valid fixture feed, as entries, to be broken one way at a time. */
function feedEntries(): Record<string, Uint8Array> {
  const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'gtfs', 'dst-madrid')
  const entries: Record<string, Uint8Array> = {}
  for (const name of fs.readdirSync(dir)) entries[name] = fs.readFileSync(path.join(dir, name))
  return entries
}

function withEntries(change: (entries: Record<string, Uint8Array>) => Zippable): Uint8Array {
  return zipSync(change(feedEntries()))
}

/** A second central-directory entry with the same name (fflate refuses to write one). */
function duplicateEntry(): Uint8Array {
  const entries = feedEntries()
  const a = zipSync({ ...entries, 'stops.txt': entries['stops.txt']! })
  const b = zipSync({ 'stops.txx': text('stop_id,stop_name,stop_lat,stop_lon\nX,Evil,0,0\n') })
  // Rename b's entry to stops.txt and append it to a's local files, central directory included.
  const rename = (zip: Uint8Array) =>
    Buffer.from(zip).toString('latin1').replaceAll('stops.txx', 'stops.txt')
  const first = Buffer.from(a).toString('latin1')
  const second = rename(b)
  const cd = (s: string) => s.indexOf('PK\x01\x02')
  const eocd = (s: string) => s.indexOf('PK\x05\x06')
  const localA = first.slice(0, cd(first))
  const localB = second.slice(0, cd(second))
  const centralA = first.slice(cd(first), eocd(first))
  const centralBRaw = Buffer.from(second.slice(cd(second), eocd(second)), 'latin1')
  centralBRaw.writeUInt32LE(localA.length, 42) // b's local header now follows a's
  const central = centralA + centralBRaw.toString('latin1')
  const end = Buffer.from(first.slice(eocd(first)), 'latin1')
  const entriesCount = end.readUInt16LE(10) + 1
  end.writeUInt16LE(entriesCount, 8)
  end.writeUInt16LE(entriesCount, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(localA.length + localB.length, 16)
  return Buffer.concat([Buffer.from(localA + localB + central, 'latin1'), end])
}

const zipPart = (data: Uint8Array, name = 'feed.zip'): Part[] => [
  file(name, 'application/zip', data),
]

describe('GTFS zip uploads', () => {
  const STOP_TIMES = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence\n'
  const cases: Array<[string, () => Part[], RegExp?]> = [
    ['not a zip at all', () => zipPart(text('stop_id,stop_name\n1,x\n'))],
    ['zero bytes', () => zipPart(new Uint8Array())],
    ['a truncated zip', () => zipPart(fixtureZip('dst-madrid').subarray(0, 200))],
    [
      'a zip bomb (an entry declaring 4 GB)',
      () => zipPart(declareSize(fixtureZip('dst-madrid'), 2 ** 32 - 1)),
      /would expand/,
    ],
    [
      'entries declaring 768 MB together',
      () => zipPart(declareSize(fixtureZip('dst-madrid'), 200 * 1024 * 1024)),
      /would expand to more than/,
    ],
    [
      'an entry climbing out with ../',
      () => zipPart(withEntries((e) => ({ ...e, '../../etc/cron.d/x.txt': text('x\n') }))),
      /path outside the archive/,
    ],
    [
      'an absolute entry path',
      () => zipPart(withEntries((e) => ({ ...e, '/abs/stops.txt': e['stops.txt']! }))),
      /path outside the archive/,
    ],
    [
      'a Windows drive path',
      () => zipPart(withEntries((e) => ({ ...e, 'C:/feed/calendar.txt': e['calendar.txt']! }))),
      /path outside the archive/,
    ],
    [
      'a backslash traversal',
      () => zipPart(withEntries((e) => ({ ...e, 'feed\\..\\x.txt': text('x\n') }))),
      /path outside the archive/,
    ],
    [
      'the same file twice in two folders',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'other/stops.txt': text('stop_id,stop_name,stop_lat,stop_lon\nX,Evil,0,0\n'),
          })),
        ),
      /twice/,
    ],
    ['two entries with the same name', () => zipPart(duplicateEntry()), /twice/],
    [
      'a symbolic link entry',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'stops.txt': [text('/etc/passwd'), { os: 3, attrs: 0o120777 << 16 }],
          })),
        ),
    ],
    [
      'a required file missing',
      () => zipPart(withEntries(({ 'stop_times.txt': _, ...rest }) => rest)),
      /stop_times\.txt.*missing/i,
    ],
    [
      'no calendar at all',
      () => zipPart(withEntries(({ 'calendar.txt': _, ...rest }) => rest)),
      /calendar/,
    ],
    [
      'only macOS metadata',
      () => zipPart(zipSync({ '__MACOSX/stops.txt': text('x\n') })),
      /missing/,
    ],
    [
      'a zip inside the zip',
      () => zipPart(zipSync({ 'inner.zip': fixtureZip('dst-madrid') })),
      /missing/,
    ],
    [
      'required columns missing',
      () =>
        zipPart(withEntries((e) => ({ ...e, 'stops.txt': text('stop_id,stop_name\nSOL,Sol\n') }))),
      /stop_lat\/stop_lon/,
    ],
    [
      'a 3 MB line without a line break',
      () => zipPart(withEntries((e) => ({ ...e, 'stops.txt': text('x'.repeat(3 * 1024 * 1024)) }))),
      /Column "stop_id" is missing/,
    ],
    [
      'an impossible time',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'stop_times.txt': text(
              `${STOP_TIMES}t0030,25:61:00,25:61:00,SOL,1\nt0030,26:00:00,26:00:00,SUR,2\n`,
            ),
          })),
        ),
      /invalid time/,
    ],
    [
      'a time that is not a time',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'stop_times.txt': text(
              `${STOP_TIMES}t0030,noon,noon,SOL,1\nt0030,00:50:00,00:50:00,SUR,2\n`,
            ),
          })),
        ),
      /invalid time/,
    ],
    [
      'a negative stop_sequence',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'stop_times.txt': text(
              `${STOP_TIMES}t0030,00:30:00,00:30:00,SOL,-1\nt0030,00:50:00,00:50:00,SUR,2\n`,
            ),
          })),
        ),
      /stop_sequence/,
    ],
    [
      'stop times of an unknown trip',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'stop_times.txt': text(`${STOP_TIMES}ghost,00:30:00,00:30:00,SOL,1\n`),
          })),
        ),
      /trip_id "ghost" is not in trips.txt/,
    ],
    [
      'an unterminated quote',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'routes.txt': text(
              'route_id,route_short_name,route_long_name,route_type\n"N1,N1,x,3\n',
            ),
          })),
        ),
    ],
    ['a PDF named .zip', () => zipPart(text('%PDF-1.4\n%%EOF'), 'feed.zip')],
  ]

  it.each(cases)('refuses %s with a clear 4xx and writes nothing', async (name, parts, why) => {
    const message = await expectRefused('GTFS zip (transit-feeds)', name, 'transit-feeds', parts())
    if (why) expect(message).toMatch(why)
  })

  it('still takes a valid feed and queues its import', async () => {
    const answer = await upload('transit-feeds', zipPart(fixtureZip('dst-madrid')), {})
    expect(answer.status, answer.text).toBe(201)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'transitImport' } },
    })
    expect(jobs.totalDocs).toBe(1)
  })

  // Rows the import can repair or leave out do not refuse the upload: the feed is taken
  // and its report (after the import) names what was done.
  const usable: Array<[string, () => Part[], string]> = [
    [
      'not UTF-8 (Latin-1 text)',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'agency.txt': Buffer.from(
              'agency_name,agency_url,agency_timezone\nBúho,https://b.example,Europe/Madrid\n',
              'latin1',
            ),
          })),
        ),
      'invalid_character',
    ],
    [
      'two agencies in different time zones',
      () =>
        zipPart(
          withEntries((e) => ({
            ...e,
            'agency.txt': text(
              'agency_id,agency_name,agency_url,agency_timezone\nA,X,https://x.example,Europe/Madrid\nB,Y,https://y.example,Asia/Tokyo\n',
            ),
          })),
        ),
      'inconsistent_agency_timezone',
    ],
  ]

  it.each(usable)('takes a feed with %s and reports it (%s)', async (_, parts, code) => {
    const answer = await upload('transit-feeds', parts(), {})
    expect(answer.status, answer.text).toBe(201)
    const { report } = buildTimetable(parts()[0].data as Uint8Array)
    expect(report.refused).toBe(false)
    expect(report.notices!.map((g) => g.code)).toContain(code)
  })
})
