import { describe, expect, it } from 'vitest'

import { banRegexForTags, frontCaches } from '../../src/lib/cluster/frontCache.mjs'
import { checkEnvironment, clusterSecretsProblem } from '../../src/lib/config/env'
import { readVapidKeys } from '../../src/lib/push/vapid'

const matches = (regex: string | null, path: string) =>
  regex !== null && new RegExp(regex).test(path)

describe('front-cache purge', () => {
  it('bans exactly the revalidated paths, with their query-string variants stored under the path', () => {
    const regex = banRegexForTags(['_N_T_/en/services/parking-permit', '_N_T_/sitemap.xml'])
    expect(matches(regex, '/en/services/parking-permit')).toBe(true)
    expect(matches(regex, '/sitemap.xml')).toBe(true)
    expect(matches(regex, '/en/services/parking-permit-2')).toBe(false)
    expect(matches(regex, '/sitemapXxml')).toBe(false)
    expect(matches(regex, '/en')).toBe(false)
  })

  it('bans a page pattern and a layout with everything under it', () => {
    const pattern = banRegexForTags(['_N_T_/[locale]/services/[slug]/page'])
    expect(matches(pattern, '/es/services/x')).toBe(true)
    expect(matches(pattern, '/es/services')).toBe(false)
    const layout = banRegexForTags(['_N_T_/en/agenda/layout'])
    expect(matches(layout, '/en/agenda')).toBe(true)
    expect(matches(layout, '/en/agenda/market')).toBe(true)
    expect(matches(layout, '/en/agendas')).toBe(false)
  })

  it('bans everything for the root layout or an unusual path, nothing for data tags alone', () => {
    expect(banRegexForTags(['_N_T_/layout'])).toBe('^/')
    expect(banRegexForTags(['_N_T_/en/"odd path'])).toBe('^/')
    expect(banRegexForTags(['agenda-events'])).toBeNull()
    expect(matches(banRegexForTags(['_N_T_/']), '/')).toBe(true)
  })

  it('writes no quote or backslash into a ban (the VCL refuses them)', () => {
    const regex = banRegexForTags(['_N_T_/en/agenda/market.ics', '_N_T_/en/alerts/rss.xml'])!
    expect(regex).not.toMatch(/["\\\s]/)
    expect(matches(regex, '/en/agenda/market.ics')).toBe(true)
  })

  it('reads the front caches from PLAZA_FRONT_CACHES and ignores what is not a base URL', () => {
    expect(
      frontCaches({ PLAZA_FRONT_CACHES: ' http://127.0.0.1:6081/ , nope, https://cdn.example' }),
    ).toEqual(['http://127.0.0.1:6081', 'https://cdn.example'])
    expect(frontCaches({})).toEqual([])
  })
})

describe('secrets with several instances', () => {
  const shared = {
    PAYLOAD_SECRET: 'a-long-shared-secret-0123456789',
    VAPID_PUBLIC_KEY: 'x',
    VAPID_PRIVATE_KEY: 'y',
  }

  it('refuses a start with several instances that would generate its own secrets, naming them', () => {
    for (const cluster of [{ PLAZA_INSTANCES: '2' }, { REDIS_URL: 'redis://127.0.0.1:6379' }]) {
      const problem = clusterSecretsProblem({ ...cluster, PAYLOAD_SECRET: shared.PAYLOAD_SECRET })
      expect(problem).toMatch(/missing: VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY/)
      expect(clusterSecretsProblem(cluster)).toMatch(/PAYLOAD_SECRET, VAPID_PUBLIC_KEY/)
      expect(() => checkEnvironment({ ...cluster, PLAZA_TRUSTED_PROXIES: '0' })).toThrow(
        /PAYLOAD_SECRET/,
      )
      expect(clusterSecretsProblem({ ...cluster, ...shared })).toBeNull()
    }
  })

  it('leaves one instance as it was', () => {
    expect(clusterSecretsProblem({})).toBeNull()
    expect(clusterSecretsProblem({ PLAZA_INSTANCES: '1' })).toBeNull()
  })

  it('does not generate a VAPID pair for one of several instances', () => {
    expect(() =>
      readVapidKeys(
        { PLAZA_INSTANCES: '3', PAYLOAD_SECRET: shared.PAYLOAD_SECRET },
        { file: '/nonexistent/vapid.json' },
      ),
    ).toThrow(/VAPID_PUBLIC_KEY/)
  })
})
