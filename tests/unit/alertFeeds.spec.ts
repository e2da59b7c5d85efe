import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import {
  buildAlertsAtom,
  buildAlertsRss,
  buildCapIndex,
  CANCEL_VISIBLE_MS,
  type FeedAlert,
} from '@/lib/alerts/feeds'

const NOW = new Date('2030-05-10T12:00:00.000Z')
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000).toISOString()
let nextId = 1

function alert(slug: string, overrides: Partial<FeedAlert> = {}): FeedAlert {
  return {
    id: nextId++,
    slug,
    headline: `Headline ${slug}`,
    description: 'What happens.',
    instruction: 'What to do.',
    severity: 'Moderate',
    urgency: 'Expected',
    categories: ['Met'],
    eventType: 'Storm',
    area: { description: 'Old town' },
    status: 'Actual',
    withdrawn: false,
    onset: hours(-1),
    expires: hours(6),
    updatedAt: hours(-2),
    _status: 'published',
    capMessages: [{ identifier: `urn:uuid:${slug}`, sent: hours(-2), msgType: 'Alert' }],
    ...overrides,
  }
}

const mixed = [
  alert('live', { severity: 'Minor' }),
  alert('severe', { severity: 'Severe' }),
  alert('upcoming', { onset: hours(2), expires: null }),
  alert('draft', { _status: 'draft' }),
  alert('test', { status: 'Test' }),
  alert('exercise', { status: 'Exercise' }),
  alert('expired', { onset: hours(-10), expires: hours(-1) }),
  alert('withdrawn', { withdrawn: true }),
  alert('markup', { headline: 'Storm <script>alert(1)</script> & ]]> hail' }),
]

const ctx = {
  origin: 'https://villamar.example',
  locale: 'en',
  title: 'Villamar: alerts',
  description: 'Official alerts.',
  alertUrl: (slug: string) => `https://villamar.example/en/alerts/${slug}`,
  listUrl: 'https://villamar.example/en/alerts',
  rssUrl: 'https://villamar.example/en/alerts/rss.xml',
  atomUrl: 'https://villamar.example/en/alerts/atom.xml',
  now: NOW,
}

const parser = new XMLParser({ ignoreAttributes: false })
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

describe('alert feeds', () => {
  it('RSS 2.0 carries the channel and item elements, current public alerts only, most severe first', () => {
    const rss = parser.parse(buildAlertsRss(mixed, ctx)).rss
    expect(rss['@_version']).toBe('2.0')
    expect(rss.channel.title).toBe('Villamar: alerts')
    expect(rss.channel.link).toBe(ctx.listUrl)
    expect(rss.channel.description).toBe('Official alerts.')
    expect(rss.channel.language).toBe('en')
    const items = asArray(rss.channel.item)
    expect(items.map((item: { link: string }) => item.link.split('/').at(-1))).toEqual([
      'severe',
      'markup',
      'upcoming',
      'live',
    ])
    for (const item of items) {
      expect(item.title).toBeTruthy()
      expect(item.description).toContain('<p>What happens.</p>')
      expect(item.pubDate).toBeTruthy()
      expect(item.guid['#text'] ?? item.guid).toBe(item.link)
    }
  })

  it('Atom carries feed and entry elements, current public alerts only', () => {
    const feed = parser.parse(buildAlertsAtom(mixed, ctx)).feed
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(ctx.atomUrl)
    expect(feed.title['#text'] ?? feed.title).toBe('Villamar: alerts')
    expect(feed.updated).toBe(new Date(hours(-2)).toISOString())
    const entries = asArray(feed.entry)
    expect(entries).toHaveLength(4)
    for (const entry of entries) {
      expect(entry.id).toMatch(/^https:\/\/villamar\.example\/en\/alerts\//)
      expect(entry.updated).toBeTruthy()
      expect(entry.link['@_href']).toBe(entry.id)
    }
    const xml = buildAlertsAtom(mixed, ctx)
    for (const excluded of ['draft', 'test', 'exercise', 'expired', 'withdrawn']) {
      expect(xml).not.toContain(`/alerts/${excluded}`)
    }
  })

  it('escapes markup from editors, so readers show it as text', () => {
    const rss = buildAlertsRss([mixed.at(-1)!], ctx)
    const item = parser.parse(rss).rss.channel.item
    expect(item.title).toBe('Storm &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; hail')
    expect(rss).not.toContain('<script>')
    const atom = buildAlertsAtom([mixed.at(-1)!], ctx)
    expect(atom).not.toContain('<script>')
  })

  it('builds valid, empty feeds when nothing is current', () => {
    expect(asArray(parser.parse(buildAlertsRss([], ctx)).rss.channel.item)).toEqual([])
    expect(asArray(parser.parse(buildAlertsAtom([], ctx)).feed.entry)).toEqual([])
  })

  it('indexes the latest CAP message of current alerts and a recent Cancel', () => {
    const cancelled = alert('cancelled', {
      withdrawn: true,
      capMessages: [
        { identifier: 'urn:uuid:c1', sent: hours(-3), msgType: 'Alert' },
        { identifier: 'urn:uuid:c2', sent: hours(-1), msgType: 'Cancel' },
      ],
    })
    const oldCancel = alert('old-cancel', {
      withdrawn: true,
      expires: null,
      capMessages: [
        {
          identifier: 'urn:uuid:o1',
          sent: new Date(NOW.getTime() - CANCEL_VISIBLE_MS - 1000).toISOString(),
          msgType: 'Cancel',
        },
      ],
    })
    const xml = buildCapIndex([...mixed, cancelled, oldCancel], {
      origin: ctx.origin,
      title: 'Villamar: alerts',
      capUrl: (id) => `https://villamar.example/alerts/${id}.cap.xml`,
      indexUrl: 'https://villamar.example/alerts/cap.atom',
      now: NOW,
    })
    const entries = asArray(parser.parse(xml).feed.entry) as Array<Record<string, never>>
    const ids = entries.map((entry) => entry.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'urn:uuid:live',
        'urn:uuid:severe',
        'urn:uuid:upcoming',
        'urn:uuid:c2',
      ]),
    )
    expect(ids).toHaveLength(5)
    const link = entries.find((entry) => entry.id === 'urn:uuid:c2')!.link as Record<string, string>
    expect(link['@_type']).toBe('application/cap+xml')
    expect(link['@_href']).toBe(`https://villamar.example/alerts/${cancelled.id}.cap.xml`)
    expect(xml).not.toMatch(/\dZ</)
  })
})
