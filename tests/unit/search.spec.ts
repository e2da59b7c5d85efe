import { describe, expect, it } from 'vitest'

import { BuiltinSearchBackend } from '@/lib/search/builtinBackend'
import { BODY_INDEX_WORDS, firstWords } from '@/lib/search/builtinIndex'
import { MIN_AND_MATCHES } from '@/lib/search/builtinRanking'
import { readSearchConfig } from '@/lib/search/config'
import { partsFromSnippet } from '@/lib/search/algoliaBackend'
import { lexicalToPlainText } from '@/lib/search/lexicalText'
import { recordFor, type SearchableDoc } from '@/lib/search/records'
import { parseSearchParams } from '@/lib/search/searchParams'
import { buildSnippet } from '@/lib/search/snippet'
import type { SearchRecord } from '@/lib/search/types'
import { paragraphsToLexical } from '@/lib/richtext/paragraphsToLexical'

function record(
  partial: Partial<SearchRecord> & Pick<SearchRecord, 'objectID' | 'title'>,
): SearchRecord {
  return {
    type: 'procedure',
    locale: 'en',
    summary: '',
    body: '',
    url: `/en/procedures/${partial.objectID}`,
    topics: [],
    ...partial,
  }
}

const corpus: SearchRecord[] = [
  record({
    objectID: 'procedures-1',
    title: 'Register certificate',
    summary: 'Get a certificate of your registration in the municipal register (padrón).',
  }),
  record({
    objectID: 'procedures-2',
    title: 'Traffic fine payment',
    summary: 'Pay a traffic fine online with a card, with a 50% reduction in the first 20 days.',
  }),
  record({
    objectID: 'procedures-3',
    title: 'Municipal tax payment',
    summary: 'Pay property tax and other municipal taxes.',
    body: 'You can split the payment into instalments.',
  }),
  record({
    objectID: 'services-1',
    type: 'service',
    title: 'Central Library',
    summary: 'Books, study rooms and free wifi.',
  }),
  record({
    objectID: 'alerts-1',
    type: 'alert',
    title: 'Water cut in Benimaclet',
    summary: 'No water supply on Tuesday morning.',
    expires: '2030-01-01T00:00:00.000Z',
  }),
  record({
    objectID: 'alerts-2',
    type: 'alert',
    title: 'Old water cut',
    summary: 'Water supply works finished.',
    expires: '2020-01-01T00:00:00.000Z',
  }),
  record({
    objectID: 'procedures-1',
    locale: 'es',
    title: 'Certificado de empadronamiento',
    summary: 'Certificado del padrón municipal.',
    url: '/es/procedures/x',
  }),
]

async function backend() {
  const b = new BuiltinSearchBackend()
  await b.upsert(corpus)
  return b
}

const now = new Date('2026-11-26T10:00:00Z')

describe('built-in search backend', () => {
  it('tolerates a typo', async () => {
    const result = await (await backend()).search({ q: 'certficate', locale: 'en', limit: 10 }, now)
    expect(result.hits[0]?.objectID).toBe('procedures-1')
  })

  it('matches prefixes and several words, best match first', async () => {
    const result = await (await backend()).search({ q: 'pay fine', locale: 'en', limit: 10 }, now)
    expect(result.hits[0]?.objectID).toBe('procedures-2')
    const prefix = await (await backend()).search({ q: 'libr', locale: 'en', limit: 10 }, now)
    expect(prefix.hits.map((h) => h.objectID)).toEqual(['services-1'])
  })

  it('boosts titles over summaries and bodies', async () => {
    const result = await (await backend()).search({ q: 'payment', locale: 'en', limit: 10 }, now)
    expect(
      result.hits
        .map((h) => h.objectID)
        .slice(0, 2)
        .sort(),
    ).toEqual(['procedures-2', 'procedures-3'])
  })

  it('keeps locales apart', async () => {
    const b = await backend()
    const es = await b.search({ q: 'empadronamiento', locale: 'es', limit: 10 }, now)
    expect(es.hits.map((h) => h.url)).toEqual(['/es/procedures/x'])
    const en = await b.search({ q: 'empadronamiento', locale: 'en', limit: 10 }, now)
    expect(en.hits).toEqual([])
  })

  it('expands synonyms (census ↔ register)', async () => {
    const result = await (await backend()).search({ q: 'census', locale: 'en', limit: 10 }, now)
    expect(result.hits[0]?.objectID).toBe('procedures-1')
  })

  it('filters by type and counts every type', async () => {
    const b = await backend()
    const all = await b.search({ q: 'water', locale: 'en', limit: 10 }, now)
    expect(all.countsByType).toEqual({ alert: 1 })
    const services = await b.search({ q: 'water', locale: 'en', type: 'service', limit: 10 }, now)
    expect(services.hits).toEqual([])
  })

  it('hides expired records', async () => {
    const result = await (await backend()).search({ q: 'water', locale: 'en', limit: 10 }, now)
    expect(result.hits.map((h) => h.objectID)).toEqual(['alerts-1'])
  })

  it('replaces and removes records', async () => {
    const b = await backend()
    await b.upsert([record({ objectID: 'procedures-1', title: 'Residence certificate' })])
    expect((await b.search({ q: 'residence', locale: 'en', limit: 5 }, now)).hits).toHaveLength(1)
    await b.remove(['procedures-1'], ['en', 'es'])
    expect((await b.search({ q: 'certificate', locale: 'en', limit: 5 }, now)).hits).toEqual([])
    expect((await b.search({ q: 'certificado', locale: 'es', limit: 5 }, now)).hits).toEqual([])
  })

  it('caps results at the limit', async () => {
    const result = await (await backend()).search({ q: 'pay', locale: 'en', limit: 1 }, now)
    expect(result.hits).toHaveLength(1)
    expect(result.total).toBeGreaterThan(1)
  })
})

describe('built-in backend at scale', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `filler${i}`).join(' ')

  it('indexes the first body words, titles and summaries in full, and snippets the whole body', async () => {
    expect(firstWords('one  two three four', 2)).toBe('one  two')
    expect(firstWords('one two', 5)).toBe('one two')
    const b = new BuiltinSearchBackend()
    await b.upsert([
      record({
        objectID: 'p-1',
        title: 'Long page',
        summary: `${filler(BODY_INDEX_WORDS + 50)} summarytail`,
        body: `bodyhead ${filler(BODY_INDEX_WORDS)} bodytail`,
      }),
    ])
    const search = (q: string) => b.search({ q, locale: 'en', limit: 5 }, now)
    expect((await search('bodyhead')).hits).toHaveLength(1)
    expect((await search('summarytail')).hits).toHaveLength(1)
    expect((await search('bodytail')).hits).toEqual([])
    const whole = new BuiltinSearchBackend({ bodyWords: Infinity })
    await whole.upsert([record({ objectID: 'p-1', title: 'x', body: `${filler(400)} bodytail` })])
    const hit = (await whole.search({ q: 'bodytail', locale: 'en', limit: 5 }, now)).hits[0]
    expect(hit.snippet.some((part) => part.match && part.text === 'bodytail')).toBe(true)
  })

  // 300 documents: "river" in all of them, "bridge" in 20, "park" in 5 of those, "ferry" in
  // 3 others.
  const many = Array.from({ length: 300 }, (_, i) =>
    record({
      objectID: `d-${i}`,
      title: `Document ${i}`,
      summary: [
        'river',
        i < 20 ? 'bridge' : '',
        i < 5 ? 'park' : '',
        i >= 20 && i < 23 ? 'ferry' : '',
      ].join(' '),
      type: i % 2 ? 'page' : 'procedure',
    }),
  )

  it('requires every word when enough documents have them all', async () => {
    const b = new BuiltinSearchBackend()
    await b.replaceAll('en', many)
    const result = await b.search({ q: 'river bridge', locale: 'en', limit: 50 }, now)
    expect(result.total).toBe(20)
    expect(result.hits.map((h) => h.objectID).sort()).toEqual(
      many
        .slice(0, 20)
        .map((r) => r.objectID)
        .sort(),
    )
    expect(result.countsByType).toEqual({ procedure: 10, page: 10 })
    // The same with the common word typed first, and with a type filter.
    const reversed = await b.search({ q: 'bridge river', locale: 'en', limit: 50 }, now)
    expect(reversed.total).toBe(20)
    const pages = await b.search({ q: 'river bridge', locale: 'en', type: 'page', limit: 3 }, now)
    expect(pages.hits).toHaveLength(3)
    expect(pages.total).toBe(10)
  })

  it('falls back to any word when too few documents have them all, best covered first', async () => {
    expect(MIN_AND_MATCHES).toBeGreaterThan(5)
    const b = new BuiltinSearchBackend()
    await b.replaceAll('en', many)
    const both = await b.search({ q: 'bridge park', locale: 'en', limit: 50 }, now)
    expect(both.total).toBe(20)
    expect(
      both.hits
        .slice(0, 5)
        .map((h) => h.objectID)
        .sort(),
    ).toEqual(['d-0', 'd-1', 'd-2', 'd-3', 'd-4'])
    const none = await b.search({ q: 'bridge ferry', locale: 'en', limit: 50 }, now)
    expect(none.total).toBe(23)
  })

  // 2,500 documents with a word starting "permit" ("permit0" … "permit2499"), one titled with
  // the word itself, all with the common word "parking".
  const permits = [
    ...Array.from({ length: 2500 }, (_, i) =>
      record({
        objectID: `f-${i}`,
        title: `Permit${i} form`,
        summary: `parking permit${i} renewal`,
        type: i % 2 ? 'page' : 'service',
      }),
    ),
    record({ objectID: 'exact', title: 'Parking permit', summary: 'Apply for a parking permit.' }),
  ]

  it('ranks the exact word first when the word being typed has thousands of completions', async () => {
    const b = new BuiltinSearchBackend()
    await b.replaceAll('en', permits)
    const alone = await b.search({ q: 'permit', locale: 'en', limit: 10 }, now)
    expect(alone.hits[0].objectID).toBe('exact')
    expect(alone.total).toBe(2501)
    expect(alone.countsByType).toEqual({ procedure: 1, service: 1250, page: 1250 })
    const two = await b.search({ q: 'parking permit', locale: 'en', limit: 10 }, now)
    expect(two.hits[0].objectID).toBe('exact')
    expect(two.hits[0].snippet.filter((part) => part.match).map((part) => part.text)).toEqual([
      'parking',
      'permit',
    ])
    // A completion is still found, and the unfinished word finds every completion.
    const one = await b.search({ q: 'parking permit1234', locale: 'en', limit: 10 }, now)
    expect(one.hits[0].objectID).toBe('f-1234')
    expect((await b.search({ q: 'parking perm', locale: 'en', limit: 10 }, now)).total).toBe(2501)
    // A typo of a word the index knows once, among thousands of near words.
    const typo = await b.search({ q: 'prmit', locale: 'en', limit: 10 }, now)
    expect(typo.hits.map((h) => h.objectID)).toEqual(['exact'])
  })

  it('keeps answering the same after many replacements of the same documents', async () => {
    const b = new BuiltinSearchBackend()
    const ten = (round: number) =>
      Array.from({ length: 10 }, (_, i) =>
        record({
          objectID: `r-${i}`,
          title: `${round % 2 ? 'Zebra' : 'Apple'} notice`,
          summary: `item${i}`,
        }),
      )
    // 400 rounds of 10 replacements: far more replaced slots than documents (compaction).
    for (let round = 0; round < 400; round++) await b.upsert(ten(round))
    expect(b.size('en')).toBe(10)
    const last = await b.search({ q: 'zebra notice', locale: 'en', limit: 20 }, now)
    expect(last.total).toBe(10)
    expect((await b.search({ q: 'apple', locale: 'en', limit: 20 }, now)).total).toBe(0)
    expect((await b.search({ q: 'item7', locale: 'en', limit: 20 }, now)).hits[0].objectID).toBe(
      'r-7',
    )
    await b.remove(['r-7'], ['en'])
    // "item7" is unknown now: near words ("item6"…) match, never the removed document.
    const after = await b.search({ q: 'item7', locale: 'en', limit: 20 }, now)
    expect(after.hits.map((h) => h.objectID).sort()).toEqual([
      'r-0',
      'r-1',
      'r-2',
      'r-3',
      'r-4',
      'r-5',
      'r-6',
      'r-8',
      'r-9',
    ])
    expect(b.size('en')).toBe(9)
  })

  it('forgets the words of replaced and removed documents', async () => {
    const b = new BuiltinSearchBackend()
    await b.upsert([record({ objectID: 'p-1', title: 'Garden' })])
    // A known word matches exactly; once no document has it, a near word gets typo tolerance.
    await b.upsert([record({ objectID: 'p-2', title: 'Gardens' })])
    const exact = await b.search({ q: 'gardens', locale: 'en', limit: 5 }, now)
    expect(exact.hits.map((h) => h.objectID)).toEqual(['p-2'])
    await b.upsert([record({ objectID: 'p-2', title: 'Plumbing' })])
    const near = await b.search({ q: 'gardens', locale: 'en', limit: 5 }, now)
    expect(near.hits.map((h) => h.objectID)).toEqual(['p-1'])
    await b.remove(['p-1'], ['en'])
    expect((await b.search({ q: 'garden', locale: 'en', limit: 5 }, now)).hits).toEqual([])
  })
})

describe('snippets', () => {
  it('marks matched words, ignoring case and accents', () => {
    const parts = buildSnippet('Register in the Padrón today', ['padron'])
    expect(parts).toEqual([
      { text: 'Register in the ', match: false },
      { text: 'Padrón', match: true },
      { text: ' today', match: false },
    ])
  })

  it('centres a long text on the first match', () => {
    const text = `${'word '.repeat(100)}needle ${'tail '.repeat(100)}`
    const parts = buildSnippet(text, ['needle'], 80)
    expect(parts[0]).toEqual({ text: '… ', match: false })
    expect(parts.some((p) => p.match && p.text === 'needle')).toBe(true)
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(100)
  })

  it('reads Algolia highlights without trusting markup', () => {
    expect(partsFromSnippet('Pay a \u0002fine\u0003 &lt;b&gt;')).toEqual([
      { text: 'Pay a ', match: false },
      { text: 'fine', match: true },
      { text: ' <b>', match: false },
    ])
  })
})

describe('search records', () => {
  const base: SearchableDoc = {
    id: 7,
    slug: 'register-certificate',
    _status: 'published',
    title: 'Register certificate',
    summary: 'S',
  }

  it('builds a record with the localized URL and plain-text body', () => {
    const rec = recordFor(
      'procedures',
      {
        ...base,
        body: paragraphsToLexical(['First <b>para</b>.', 'Second.']),
        steps: [{ title: 'Apply online' }],
      },
      'es',
    )
    expect(rec).toMatchObject({
      objectID: 'procedures-7',
      type: 'procedure',
      url: '/es/procedures/register-certificate',
    })
    expect(rec?.body).toContain('Apply online')
    expect(rec?.body).toContain('First <b>para</b>. Second.')
  })

  it('refuses drafts, test and withdrawn alerts', () => {
    expect(recordFor('procedures', { ...base, _status: 'draft' }, 'en')).toBeNull()
    const alert = { ...base, headline: 'H', title: undefined, description: 'D' }
    expect(recordFor('alerts', { ...alert, status: 'Test' }, 'en')).toBeNull()
    expect(recordFor('alerts', { ...alert, status: 'Actual', withdrawn: true }, 'en')).toBeNull()
    expect(
      recordFor(
        'alerts',
        { ...alert, status: 'Actual', expires: '2030-01-01T00:00:00.000Z' },
        'en',
      ),
    ).toMatchObject({ title: 'H', expires: '2030-01-01T00:00:00.000Z' })
  })

  it('bounds the body', () => {
    const long = paragraphsToLexical(['x '.repeat(20000)])
    expect(lexicalToPlainText(long).length).toBeLessThanOrEqual(8000)
  })
})

describe('search parameters', () => {
  const parse = (qs: string) => parseSearchParams(new URLSearchParams(qs))

  it('accepts a valid query with defaults', () => {
    expect(parse('q=fine&locale=en')).toEqual({
      ok: true,
      query: { q: 'fine', locale: 'en', limit: 20 },
    })
    expect(parse('q=fine&locale=es&type=procedure&limit=5')).toMatchObject({
      ok: true,
      query: { type: 'procedure', limit: 5 },
    })
  })

  it.each([
    ['locale=en', 'Give a search query in "q".'],
    ['q=%20%20&locale=en', 'Give a search query in "q".'],
    [`q=${'a'.repeat(201)}&locale=en`, 'The query must be at most 200 characters.'],
    ['q=x', 'Give a "locale".'],
    ['q=x&locale=fr', 'Unknown "locale".'],
    [
      'q=x&locale=en&type=user',
      '"type" must be one of procedure, service, event, alert, page, line, stop.',
    ],
    ['q=x&locale=en&limit=51', '"limit" must be at most 50.'],
    ['q=x&locale=en&limit=0', '"limit" must be at least 1.'],
    ['q=x&locale=en&limit=abc', '"limit" must be a number.'],
    ['q=x&locale=en&limit=2.5', '"limit" must be a whole number.'],
    ['q=x&locale=en&where[title]=1', 'Unknown parameter "where[title]".'],
    ['q=x&q=y&locale=en', 'Give "q" only once.'],
  ])('%s → 400 "%s"', (qs, error) => {
    expect(parse(qs)).toEqual({ ok: false, error })
  })
})

describe('search configuration', () => {
  it('uses the built-in backend without Algolia keys', () => {
    expect(readSearchConfig({})).toEqual({ kind: 'builtin' })
  })

  it('refuses a partial Algolia configuration with a clear sentence', () => {
    expect(() => readSearchConfig({ ALGOLIA_APP_ID: 'A' })).toThrow(
      'Algolia is partly configured: set ALGOLIA_SEARCH_KEY and ALGOLIA_ADMIN_KEY too, or unset ALGOLIA_APP_ID to use the built-in search.',
    )
  })

  it('reads a full configuration with a prefix and a custom host', () => {
    const config = readSearchConfig({
      ALGOLIA_APP_ID: 'A',
      ALGOLIA_SEARCH_KEY: 's',
      ALGOLIA_ADMIN_KEY: 'a',
      ALGOLIA_INDEX_PREFIX: 'villamar_',
      ALGOLIA_HOST: 'http://127.0.0.1:9',
    })
    expect(config).toMatchObject({ kind: 'algolia', indexPrefix: 'villamar_' })
    expect(() =>
      readSearchConfig({
        ALGOLIA_APP_ID: 'A',
        ALGOLIA_SEARCH_KEY: 's',
        ALGOLIA_ADMIN_KEY: 'a',
        ALGOLIA_INDEX_PREFIX: 'bad prefix',
      }),
    ).toThrow(/ALGOLIA_INDEX_PREFIX/)
  })
})
