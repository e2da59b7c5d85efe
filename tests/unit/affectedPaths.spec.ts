import { describe, expect, it } from 'vitest'

import { affectedPaths } from '@/lib/revalidation/affectedPaths'

const paths = (targets: ReturnType<typeof affectedPaths>) =>
  targets.filter((t) => t.kind === 'path').map((t) => t.path)

describe('affectedPaths', () => {
  it('refreshes the page, lists, home, topics and sitemap in every locale', () => {
    const doc = { slug: 'library-card', _status: 'published', topics: [{ slug: 'culture' }] }
    expect(paths(affectedPaths('procedures', doc, null, ['en', 'es']))).toEqual(
      expect.arrayContaining([
        '/en/procedures/library-card',
        '/es/procedures/library-card',
        '/en/procedures',
        '/es',
        '/en/topics/culture',
        '/sitemap.xml',
      ]),
    )
  })

  it('refreshes the old address after a slug change and old topics after re-tagging', () => {
    const before = { slug: 'old-name', topics: [{ slug: 'taxes' }] }
    const after = { slug: 'new-name', topics: [{ slug: 'culture' }] }
    const result = paths(affectedPaths('services', after, before, ['en']))
    expect(result).toEqual(
      expect.arrayContaining([
        '/en/services/old-name',
        '/en/services/new-name',
        '/en/topics/taxes',
        '/en/topics/culture',
      ]),
    )
  })

  it('puts CMS pages at the locale root', () => {
    expect(paths(affectedPaths('pages', { slug: 'about' }, null, ['es']))).toContain('/es/about')
  })

  it('refreshes the whole site for taxonomy changes', () => {
    expect(affectedPaths('topics', { slug: 'x' }, null, ['en'])).toContainEqual({
      kind: 'layout',
      path: '/',
    })
  })

  it('refreshes the agenda, its feeds and the cached event list when an event changes', () => {
    const before = { slug: 'old-market', topics: [{ slug: 'economy' }] }
    const after = { slug: 'market', _status: 'published', topics: [{ slug: 'culture' }] }
    const targets = affectedPaths('events', after, before, ['en', 'es'])
    expect(paths(targets)).toEqual(
      expect.arrayContaining([
        '/en/agenda/market',
        '/en/agenda/old-market',
        '/es/agenda',
        '/en',
        '/en/agenda.ics',
        '/es/agenda/rss.xml',
        '/en/agenda/market.ics',
        '/es/agenda/old-market.ics',
        '/en/agenda/topics/culture.ics',
        '/es/agenda/topics/economy.ics',
      ]),
    )
    expect(targets).toContainEqual({ kind: 'tag', tag: 'agenda-events' })
  })

  it('tags nothing for other content', () => {
    expect(
      affectedPaths('services', { slug: 'x' }, null, ['en']).some((t) => t.kind === 'tag'),
    ).toBe(false)
  })

  it('refreshes every page (banner), the alert pages and every alert feed for an alert', () => {
    const targets = affectedPaths('alerts', { id: 7, slug: 'storm' }, null, ['en', 'es'])
    expect(targets).toContainEqual({ kind: 'layout', path: '/' })
    expect(paths(targets)).toEqual(
      expect.arrayContaining([
        '/en/alerts/storm',
        '/es/alerts',
        '/en/alerts/rss.xml',
        '/es/alerts/rss.xml',
        '/en/alerts/atom.xml',
        '/es/alerts/atom.xml',
        '/alerts/cap.atom',
        '/alerts/7.cap.xml',
      ]),
    )
  })

  it('does not refresh alert feeds for other content', () => {
    expect(paths(affectedPaths('services', { slug: 'pool' }, null, ['en']))).not.toContain(
      '/en/alerts/rss.xml',
    )
  })
})
