import { expect, test, type APIRequestContext } from '@playwright/test'
import { zipSync } from 'fflate'

import { loginToken } from '../helpers/e2eAuth'

// docs/SECURITY.md: every external input, fed malformed or hostile
// values against the production server, gets a clear 4xx (or a normal, filtered 200) —
// never a 500, never database or stack text — and the database is left as it was.
const INTERNALS =
  /SQLITE_|sqlite3?|drizzle|postgres|syntax error|relation "|column "|at [\w.<>]+ \(|node_modules|TypeError|ReferenceError|Cannot read prop/i

let adminToken: string

async function counts(request: APIRequestContext): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const collection of [
    'services',
    'procedures',
    'events',
    'alerts',
    'pages',
    'media',
    'users',
  ]) {
    const response = await request.get(`/api/${collection}?limit=1&depth=0&draft=true`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
    expect(response.status()).toBe(200)
    result[collection] = ((await response.json()) as { totalDocs: number }).totalDocs
  }
  return result
}

type Outcome = { path: string; status: number }

async function expectRefusedOrHarmless(
  request: APIRequestContext,
  paths: string[],
  allowed: number[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const path of paths) {
    const response = await request.get(path)
    const body = await response.text()
    outcomes.push({ path, status: response.status() })
    expect(response.status(), `${path} → ${response.status()}: ${body.slice(0, 300)}`).toBeLessThan(
      500,
    )
    expect(allowed, `${path} → ${response.status()}: ${body.slice(0, 300)}`).toContain(
      response.status(),
    )
    expect(body, `${path} leaks internals`).not.toMatch(INTERNALS)
  }
  return outcomes
}

let before: Record<string, number>

test.beforeAll(async ({ request }) => {
  adminToken = await loginToken(request, 'admin')
  before = await counts(request)
})

test.afterAll(async ({ request }) => {
  // Nothing anyone sent changed the database.
  expect(await counts(request)).toEqual(before)
})

const WHERE_CASES = [
  `where[title][like]=' OR 1=1 --`,
  `where[title][equals]=x'; DROP TABLE services; --`,
  'where[id][equals]=1;DELETE FROM users',
  'where[id][in]=1,2,abc',
  'where[id][greater_than]=abc',
  'where[or][0][and][0][title][equals]=1&where[or][1]=2',
  'where[and]=notanarray',
  'where[title][unknown_operator]=1',
  'where[nonexistent][equals]=1',
  'where[internalNotes][exists]=true',
  'where[internalNotes][like]=a',
  'where[__proto__][polluted]=1',
  'where[constructor][prototype][polluted]=1',
  'where[locations.point][near]=abc,def',
  'where[locations.point][near]=1e400,1e400,1e400',
  'where[title][in][0][1][2]=deep',
  'where[title][equals][$gt]=',
  'where[slug][like]=%25%25%25%25%25%25%25%25',
  'where[updatedAt][greater_than]=not-a-date',
  `where[${'a.'.repeat(200)}b][equals]=1`,
  'sort=-internalNotes',
  'sort=;select * from users',
  'sort=../../../etc/passwd',
  'sort=title,title,title,-title,__proto__',
  'depth=-1',
  'depth=1000',
  'depth=abc',
  'limit=-5',
  'limit=999999999999',
  'limit=abc',
  'page=0',
  'page=-1',
  'page=1e308',
  'locale=../../etc',
  'locale=xx',
  'fallback-locale=zz',
  'select[password]=true&select[hash]=true',
  'select[__proto__]=true',
  'draft=maybe',
  'joins=garbage',
]

test('REST where / sort / depth / paging / locale / select fuzz', async ({ request }) => {
  let cases = 0
  for (const collection of ['services', 'events', 'alerts', 'users']) {
    const outcomes = await expectRefusedOrHarmless(
      request,
      WHERE_CASES.map((query) => `/api/${collection}?${query}`),
      [200, 400, 401, 403, 404],
    )
    cases += outcomes.length
    for (const { path, status } of outcomes) {
      if (status !== 200 || collection === 'users') continue
      const body = await (await request.get(path)).text()
      // A 200 never carries hidden fields or password material.
      expect(body, path).not.toMatch(/"internalNotes"|"hash"\s*:|"salt"\s*:|"password"\s*:/)
    }
  }
  // Filtering on a hidden field must not work as an oracle: refused, or the same as unfiltered.
  const all = await (await request.get('/api/services?limit=1&depth=0')).json()
  const probe = await request.get('/api/services?where[internalNotes][like]=a&limit=1&depth=0')
  if (probe.status() === 200) expect((await probe.json()).totalDocs).toBe(all.totalDocs)
  else expect(probe.status()).toBe(400)
  expect(cases).toBeGreaterThanOrEqual(80)
})

test('GraphQL: malformed, hostile and over-deep queries', async ({ request }) => {
  const deep = `{ Services { docs { ${'topics { '.repeat(30)}id${' }'.repeat(30)} } } }`
  const queries = [
    '{',
    '{ Services(where: { title: { like: "\' OR 1=1 --" } }) { docs { id } } }',
    '{ Services(limit: -1) { docs { id } } }',
    '{ Services(page: 0) { docs { id } } }',
    '{ Services(sort: ";drop") { docs { id } } }',
    '{ Services { docs { internalNotes } } }',
    '{ Users { docs { email hash salt } } }',
    '{ __schema { types { name } } }',
    deep,
    `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Services { docs { id } }`).join(' ')} }`,
    'mutation { createService(data: { title: "x" }) { id } }',
    'mutation { deleteUser(id: 1) { id } }',
    'query { Services(where: { id: { equals: "1;DELETE" } }) { docs { id } } }',
    '{ Services(locale: xx) { docs { id } } }',
    '{ Alerts(draft: true, where: { _status: { equals: draft } }) { docs { headline } } }',
    '{ Services { docs { id ...Missing } } }',
    'subscription { x }',
    '{ Services(where: { locations__point: { near: "a,b" } }) { docs { id } } }',
    '{ Services(limit: 999999999) { docs { id } } }',
    '{ PayloadJobs { docs { id } } }',
  ]
  for (const query of queries) {
    const response = await request.post('/api/graphql', { data: { query } })
    const body = await response.text()
    expect(response.status(), `${query.slice(0, 60)} → ${body.slice(0, 200)}`).toBeLessThan(500)
    expect(body).not.toMatch(/"(hash|salt|internalNotes)"\s*:\s*"[^"]/)
    expect(body, query.slice(0, 60)).not.toMatch(
      /SQLITE_|drizzle|syntax error at|relation "|node_modules/i,
    )
  }
  // Mutations without a session changed nothing (checked in afterAll) and the body is
  // not accepted as JSON garbage either.
  const garbage = await request.post('/api/graphql', {
    headers: { 'content-type': 'application/json' },
    data: '{"query": ',
  })
  expect(garbage.status()).toBeGreaterThanOrEqual(400)
  expect(garbage.status()).toBeLessThan(500)
})

test('search API query strings', async ({ request }) => {
  const outcomes = await expectRefusedOrHarmless(
    request,
    [
      '/api/search',
      '/api/search?q=',
      `/api/search?q=${'a'.repeat(5000)}&locale=en`,
      '/api/search?q=%00%01%02&locale=en',
      '/api/search?q=%E0%A4%A&locale=en',
      '/api/search?q=<script>alert(1)</script>&locale=en',
      '/api/search?locale=en&q=' + encodeURIComponent('" OR 1=1 --'),
      '/api/search?q=park&locale=xx',
      '/api/search?q=park&locale=../../etc',
      '/api/search?q=park&page=-1&locale=en',
      '/api/search?q=park&page=abc&locale=en',
      '/api/search?q=park&page=1e308&locale=en',
      '/api/search?q=park&limit=-1&locale=en',
      '/api/search?q=park&limit=100000&locale=en',
      '/api/search?q=park&type=__proto__&locale=en',
      '/api/search?q=park&type=users&locale=en',
      '/api/search?q=park&q=office',
      '/api/search?q[]=park',
      '/api/search?q[a]=park',
      '/api/search?q=*&type=alerts&type=events&type=x&locale=en',
      '/api/search?locale=en&q=' + encodeURIComponent('a'.repeat(100) + ' ' + 'b '.repeat(500)),
      '/api/search?q=%F0%9F%98%80%F0%9F%98%80&locale=en',
    ],
    [200, 400],
  )
  expect(outcomes.length).toBeGreaterThanOrEqual(20)
  for (const { path, status } of outcomes)
    if (status === 400) {
      const body = (await (await request.get(path)).json()) as { error?: string }
      expect(typeof body.error, path).toBe('string')
    }
})

test('near-me API query strings', async ({ request }) => {
  const outcomes = await expectRefusedOrHarmless(
    request,
    [
      '/api/nearby',
      '/api/nearby?lat=abc&lng=def',
      '/api/nearby?lat=91&lng=0',
      '/api/nearby?lat=-91&lng=0',
      '/api/nearby?lat=0&lng=181',
      '/api/nearby?lat=NaN&lng=NaN',
      '/api/nearby?lat=Infinity&lng=0',
      '/api/nearby?lat=1e400&lng=0',
      '/api/nearby?lat=39.4&lng=',
      '/api/nearby?lat=39.4&lat=40&lng=-0.3',
      '/api/nearby?lat=39.4&lng=-0.3&limit=-1',
      '/api/nearby?lat=39.4&lng=-0.3&limit=100000',
      '/api/nearby?lat=39.4&lng=-0.3&limit=abc',
      '/api/nearby?lat=39.4&lng=-0.3&radius=-5',
      '/api/nearby?lat=39.4&lng=-0.3&radius=1e9',
      '/api/nearby?lat=39.4&lng=-0.3&category=__proto__',
      '/api/nearby?lat=39.4&lng=-0.3&category=' + 'x'.repeat(3000),
      '/api/nearby?lat=39.4&lng=-0.3&openNow=maybe',
      '/api/nearby?district=../../etc',
      '/api/nearby?postcode=' + encodeURIComponent("'; DROP TABLE services; --"),
      '/api/nearby?lat=39.4&lng=-0.3&locale=xx',
      '/api/nearby?lat=0x27&lng=0b1',
    ],
    [200, 400, 404],
  )
  expect(outcomes.length).toBeGreaterThanOrEqual(20)
  expect(outcomes.filter((o) => o.status === 400).length).toBeGreaterThanOrEqual(10)
})

test('transit API parameters', async ({ request }) => {
  const lines = (await (await request.get('/api/transit/lines')).json()) as {
    lines?: { stops?: unknown }[]
  }
  expect(lines).toBeTruthy()
  const stop = 'centro' // Villamar Centro, a station of the demo feed
  const base = `/api/transit/stops/${stop}/departures`
  const outcomes = await expectRefusedOrHarmless(
    request,
    [
      `${base}?date=2016-13-45`,
      `${base}?date=2016-02-30`,
      `${base}?date=20160501`,
      `${base}?date=abc`,
      `${base}?date=2016-05-01T00:00:00Z`,
      `${base}?after=25:99`,
      `${base}?after=-1:00`,
      `${base}?after=abc`,
      `${base}?after=12:00:00:00`,
      `${base}?limit=-1`,
      `${base}?limit=0`,
      `${base}?limit=1000000`,
      `${base}?limit=abc`,
      `${base}?date=2016-05-02&date=2016-05-03`,
      '/api/transit/stops/..%2F..%2Fetc%2Fpasswd/departures',
      `/api/transit/stops/${'x'.repeat(3000)}/departures`,
      '/api/transit/stops/%00/departures',
      "/api/transit/stops/1'%20OR%20'1'='1/departures",
      '/api/transit/lines/__proto__',
      '/api/transit/lines/constructor',
      `/api/transit/lines/${'y'.repeat(3000)}`,
      '/api/transit/lines/%E0%A4%A',
    ],
    [400, 404],
  )
  expect(outcomes.length).toBeGreaterThanOrEqual(20)
})

test('uploads: disguised, scripted, oversized, traversing and remote files are refused', async ({
  request,
}) => {
  const auth = { Authorization: `JWT ${adminToken}` }
  const png1x1 = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  )
  const cases: { name: string; file: { name: string; mimeType: string; buffer: Buffer } }[] = [
    {
      name: 'SVG with a script',
      file: {
        name: 'logo.svg',
        mimeType: 'image/svg+xml',
        buffer: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
      },
    },
    {
      name: 'SVG renamed to .png',
      file: {
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      },
    },
    {
      name: 'HTML renamed to .jpg',
      file: {
        name: 'photo.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('<!doctype html><script>alert(document.cookie)</script>'),
      },
    },
    {
      name: 'HTML after a PNG signature',
      file: {
        name: 'poly.png',
        mimeType: 'image/png',
        buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('<html>')]),
      },
    },
    {
      name: 'empty file',
      file: { name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) },
    },
    {
      name: 'larger than the limit',
      file: {
        name: 'huge.png',
        mimeType: 'image/png',
        buffer: Buffer.concat([png1x1, Buffer.alloc(6 * 1024 * 1024)]),
      },
    },
    {
      name: 'executable',
      file: {
        name: 'run.exe',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('MZ\x90\x00'),
      },
    },
    {
      name: 'PDF',
      file: {
        name: 'doc.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%%EOF'),
      },
    },
  ]
  for (const { name, file } of cases) {
    const response = await request.post('/api/media', {
      headers: auth,
      multipart: { file, _payload: JSON.stringify({ alt: name }) },
    })
    const body = await response.text()
    expect(response.status(), `${name}: ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
    expect(response.status(), `${name}: ${body.slice(0, 200)}`).toBeLessThan(500)
    expect(body).not.toMatch(INTERNALS)
  }
  // Upload from a URL (to an internal address) is off.
  for (const url of [
    'http://127.0.0.1:1/x.png',
    'http://169.254.169.254/latest/meta-data',
    'file:///etc/passwd',
  ]) {
    const response = await request.post('/api/media', {
      headers: auth,
      data: { alt: 'remote', url, filename: 'x.png' },
    })
    expect(response.status(), url).toBeGreaterThanOrEqual(400)
    expect(response.status(), url).toBeLessThan(500)
    const paste = await request.get(`/api/media/paste-url?src=${encodeURIComponent(url)}`, {
      headers: auth,
    })
    expect(paste.status(), `paste-url ${url}`).toBeGreaterThanOrEqual(400)
    expect(paste.status(), `paste-url ${url}`).toBeLessThan(500)
  }
  // A path in the file name never leaves the media folder.
  const traversal = await request.post('/api/media', {
    headers: auth,
    multipart: {
      file: { name: '../../../../tmp/plaza-escape.png', mimeType: 'image/png', buffer: png1x1 },
      _payload: JSON.stringify({ alt: 'Traversal attempt' }),
    },
  })
  if (traversal.status() === 201) {
    const doc = ((await traversal.json()) as { doc: { id: number; filename: string } }).doc
    expect(doc.filename).not.toContain('/')
    expect(doc.filename).not.toContain('..')
    const removed = await request.delete(`/api/media/${doc.id}`, { headers: auth })
    expect(removed.status()).toBe(200)
  } else {
    expect(traversal.status()).toBeGreaterThanOrEqual(400)
    expect(traversal.status()).toBeLessThan(500)
  }
})

// docs/SECURITY.md, through the real server (its proxy included): the staff-only
// feed is never served by another spelling, an upload a user may not make is refused, and a
// GTFS zip larger than the 10 MB the proxy buffers reaches the route whole.
test('staff-only files and large uploads through the real server', async ({ request }) => {
  const auth = { Authorization: `JWT ${adminToken}` }
  const feeds = await request.get('/api/transit-feeds?limit=1&depth=0', { headers: auth })
  expect(feeds.status()).toBe(200)
  const feed = ((await feeds.json()) as { docs: { filename?: string }[] }).docs[0]
  const name = feed?.filename ?? 'caltrain.zip'
  const spellings = [
    `/api/transit-feeds/file/${name}`,
    `/api/Transit-Feeds/file/${name}`,
    `/api/transit-feeds/file/.%2F${name}`,
    `/api/media/file/transit-feeds%2F${name}`,
    `/api/media/file/transit-feeds%2f${name}`,
    `/api/media/file/Transit-Feeds%2F${name}`,
    `/api/media/file/transit-feeds%252F${name}`,
    `/api/media/file/..%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file/%2e%2e%2Fprivate%2Ftransit-feeds%2F${name}`,
    `/api/media/file/%2E%2E%2fprivate%2ftransit-feeds%2f${name}`,
    `/api/media/file/..%5Cprivate%5Ctransit-feeds%5C${name}`,
    `/api/media/file/transit-feeds/${name}`,
    `/api/media/file/${name}`,
    `/api/media/file/no-such-image.png`,
  ]
  let fiveHundreds = 0
  for (const path of spellings) {
    const response = await request.get(path)
    const body = await response.body()
    if (response.status() >= 500) fiveHundreds++
    const what = `${path} → ${response.status()}`
    expect(response.status(), what).toBeGreaterThanOrEqual(400)
    expect(response.status(), what).toBeLessThan(500)
    expect(body.subarray(0, 4).toString('latin1'), what).not.toBe('PK\u0003\u0004')
  }
  console.log(
    `hostile input — file address (e2e): ${spellings.length} cases tried, ${fiveHundreds} answered 5xx`,
  )
  if (feed?.filename) {
    const staff = await request.get(`/api/transit-feeds/file/${name}`, { headers: auth })
    expect(staff.status()).toBe(200)
  }

  // 12 MB: a zip the GTFS check reads whole and refuses for its content (no stops.txt), not
  // a form cut short at 10 MB ("not a well-formed form"). Refused, so nothing is stored.
  const padding = Buffer.alloc(12 * 1024 * 1024, 'a')
  const big = Buffer.from(
    zipSync(
      {
        'agency.txt': Buffer.from('agency_name,agency_url,agency_timezone\n'),
        'padding.txt': padding,
      },
      { level: 0 },
    ),
  )
  const large = await request.post('/api/transit-feeds', {
    headers: auth,
    multipart: { file: { name: 'big-feed.zip', mimeType: 'application/zip', buffer: big } },
    timeout: 120_000,
  })
  const message = ((await large.json()) as { errors?: { message?: string }[] }).errors?.[0]?.message
  expect(large.status(), message).toBe(400)
  expect(message).not.toMatch(/well-formed form/)
  const stored = await request.get('/api/transit-feeds?where[filename][like]=big-feed&depth=0', {
    headers: auth,
  })
  expect(((await stored.json()) as { totalDocs: number }).totalDocs).toBe(0)

  // Anonymous: refused before the 20 MB body matters; other bodies over 10 MB: a clear 413.
  const anonymous = await request.post('/api/transit-feeds', {
    multipart: {
      file: { name: 'x.zip', mimeType: 'application/zip', buffer: Buffer.alloc(20 * 1024 * 1024) },
    },
  })
  expect(anonymous.status()).toBe(403)
  const tooLarge = await request.post('/api/services', {
    headers: { ...auth, 'content-type': 'application/json' },
    data: JSON.stringify({ title: 'x'.repeat(11 * 1024 * 1024) }),
  })
  expect(tooLarge.status()).toBe(413)
})
