// The HSDS 3.0 API through its real route handlers, over HTTP, on the seeded demo city:
// every object of every endpoint in every language validated against the official HSDS
// 3.0 schemas made strict (tests/helpers/hsdsSchemas.ts); a test stops at the first
// violation.
import path from 'node:path'

import type { ValidateFunction } from 'ajv'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoCity } from '@/lib/seed/seedDemoCity'

import { hsdsValidators, type HsdsSchemaName } from '../helpers/hsdsSchemas'
import { startOpenDataApi, type OpenDataApi } from '../helpers/openDataApi'
import { httpRequest } from '../helpers/routeServer'

let api: OpenDataApi
let payload: Payload
let validators: Record<HsdsSchemaName, ValidateFunction>
const counts = new Map<string, number>()
const LOCALES = ['en', 'es'] as const
// Each test makes up to a hundred requests that each read the whole catalogue: generous on a
// busy machine.
const SLOW = { timeout: 240_000 }

beforeAll(async () => {
  api = await startOpenDataApi(async (seeded, dir) => {
    payload = seeded
    await seedDemoCity(payload, {
      now: new Date('2026-11-26T09:00:00Z'),
      demoPassword: 'demo-pass-0123456789',
      loginsFile: path.join(dir, 'demo-logins.txt'),
    })
  })
  validators = hsdsValidators()
}, 300_000)

afterAll(async () => {
  await api?.stop()
  if (counts.size > 0)
    console.log(
      'HSDS objects validated (endpoint, locale: count)\n' +
        [...counts].map(([key, n]) => `  ${key}: ${n}`).join('\n'),
    )
})

async function get(pathAndQuery: string) {
  const answer = await httpRequest(`${api.server.origin}/api/open-data/hsds${pathAndQuery}`)
  expect(answer.status, `${pathAndQuery}: ${answer.text.slice(0, 300)}`).toBe(200)
  return answer.json()
}

/** Validates one object, counting it under `endpoint`; fails with the first violation. */
function check(schema: HsdsSchemaName, endpoint: string, locale: string, object: unknown) {
  const validate = validators[schema]
  const valid = validate(object)
  expect(
    valid ? [] : validate.errors,
    `${endpoint} (${locale}) against ${schema}: ${JSON.stringify(object).slice(0, 400)}`,
  ).toEqual([])
  const key = `${endpoint} ${locale}`
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

/** Every page of a list endpoint, each envelope and each item validated. */
async function allPages(endpoint: string, locale: string, item: HsdsSchemaName, query = '') {
  const items: Array<{ id: string }> = []
  for (let page = 1; ; page++) {
    const body = await get(`${endpoint}?locale=${locale}&per_page=7&page=${page}${query}`)
    check('page', `${endpoint} (page)`, locale, body)
    for (const object of body.contents) check(item, endpoint, locale, object)
    items.push(...body.contents)
    expect(body.page_number).toBe(page)
    if (body.last_page) {
      expect(items).toHaveLength(body.total_items)
      return items
    }
  }
}

describe.each(LOCALES)('HSDS 3.0 API in %s, against the official schemas', (locale) => {
  it('answers the metadata endpoint with the HSDS version', SLOW, async () => {
    const body = await get(`/?locale=${locale}`)
    check('metadata', '/', locale, body)
    expect(body.version).toBe('3.0')
  })

  it('lists every published service on pages, and each one in full', SLOW, async () => {
    const services = await allPages('/services', locale, 'serviceList')
    const { totalDocs } = await payload.count({ collection: 'services', overrideAccess: false })
    expect(services).toHaveLength(totalDocs)
    for (const { id } of services)
      check('service', '/services/{id}', locale, await get(`/services/${id}?locale=${locale}`))
    const full = await get(`/services?locale=${locale}&full=true&per_page=1000`)
    for (const service of full.contents) check('service', '/services?full=true', locale, service)
  })

  it('lists the city and its departments, and each one with its services', SLOW, async () => {
    const organizations = await allPages('/organizations', locale, 'organizationList')
    expect(organizations.length).toBeGreaterThan(1)
    for (const { id } of organizations) {
      for (const query of ['', '&full_service=true'])
        check(
          'organization',
          `/organizations/{id}${query ? '?full_service' : ''}`,
          locale,
          await get(`/organizations/${id}?locale=${locale}${query}`),
        )
    }
  })

  it('lists each service at each location, and each link in full', SLOW, async () => {
    const links = await allPages('/service_at_locations', locale, 'serviceAtLocationList')
    expect(links.length).toBeGreaterThan(0)
    for (const { id } of links)
      check(
        'serviceAtLocation',
        '/service_at_locations/{id}',
        locale,
        await get(`/service_at_locations/${id}?locale=${locale}`),
      )
  })

  it('publishes the topics as a taxonomy and its terms', SLOW, async () => {
    const taxonomies = await allPages('/taxonomies', locale, 'taxonomy')
    for (const { id } of taxonomies)
      check('taxonomy', '/taxonomies/{id}', locale, await get(`/taxonomies/${id}?locale=${locale}`))
    const terms = await allPages('/taxonomy_terms', locale, 'taxonomyTerm')
    expect(terms.length).toBeGreaterThan(0)
    for (const { id } of terms)
      check(
        'taxonomyTerm',
        '/taxonomy_terms/{id}',
        locale,
        await get(`/taxonomy_terms/${id}?locale=${locale}`),
      )
  })
})
