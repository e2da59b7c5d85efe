import { describe, expect, it } from 'vitest'

import { LINK_SOURCES, linksOfDocument, richTextLinks, valuesAt } from '@/lib/links/collectLinks'

const link = (url: string, linkType = 'custom', text = 'the form') => ({
  type: 'link',
  fields: { url, linkType },
  children: [{ type: 'text', text }],
})
const richText = (...children: unknown[]) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children }] },
})
const eOffice = { baseUrl: 'https://sede.example.org', allowedHosts: ['sede.example.org'] }
const source = (collection: string) => LINK_SOURCES.find((s) => s.collection === collection)!

describe('richTextLinks', () => {
  it('finds external links and autolinks in every locale, without fragments or duplicates', () => {
    const value = {
      en: richText(link('https://example.org/a#top'), {
        type: 'autolink',
        fields: { url: 'http://example.net' },
      }),
      es: richText(link('https://example.org/a')),
    }
    expect(richTextLinks(value).sort()).toEqual(['http://example.net/', 'https://example.org/a'])
  })

  it('skips internal links, relative and mailto links and credentials', () => {
    const value = richText(
      link('', 'internal'),
      link('/en/services'),
      link('mailto:info@example.org'),
      link('https://user:pw@example.org/'),
    )
    expect(richTextLinks(value)).toEqual([])
  })
})

describe('linksOfDocument', () => {
  it('collects a procedure’s start-online link, body links and legal basis links', () => {
    const doc = {
      online: { enabled: true, transactionPath: '/tramites/padron' },
      body: { en: richText(link('https://boe.example.es/ley')) },
      legalBasis: {
        en: [{ title: 'Law', url: 'https://boe.example.es/ley' }],
        es: [{ url: 'https://x.example/ley' }],
      },
    }
    expect(linksOfDocument(source('procedures'), doc, eOffice).sort()).toEqual([
      'https://boe.example.es/ley',
      'https://sede.example.org/tramites/padron',
      'https://x.example/ley',
    ])
  })

  it('ignores the start-online link of a procedure not available online', () => {
    const doc = { online: { enabled: false, transactionPath: '/tramites/padron' } }
    expect(linksOfDocument(source('procedures'), doc, eOffice)).toEqual([])
  })

  it('reads URL fields inside arrays and groups', () => {
    expect(
      valuesAt({ locations: [{ website: 'a' }, { website: 'b' }] }, 'locations.website'),
    ).toEqual(['a', 'b'])
    const event = {
      registrationUrl: 'https://tickets.example/',
      organiser: { url: 'https://org.example/' },
    }
    expect(linksOfDocument(source('events'), event, eOffice).sort()).toEqual([
      'https://org.example/',
      'https://tickets.example/',
    ])
  })
})
