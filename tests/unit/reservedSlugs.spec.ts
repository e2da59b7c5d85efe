// No document can take an address the site already uses for a fixed route. The
// route folders are read from the filesystem, so adding a section (say
// src/app/(frontend)/[locale]/parking/) without reserving its name fails here.
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Alerts } from '../../collections/Alerts'
import { Events } from '../../collections/Events'
import { Pages } from '../../collections/Pages'
import { Procedures } from '../../collections/Procedures'
import { Services } from '../../collections/Services'
import { Topics } from '../../collections/Topics'

const LOCALE_DIR = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'src',
  'app',
  '(frontend)',
  '[locale]',
)

/** The fixed URL segments in a route folder: not [dynamic], not (group), not _private. */
function fixedSegments(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[[(_]/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
}

function slugValidate(collection: CollectionConfig) {
  const field = collection.fields.find((f: Field) => 'name' in f && f.name === 'slug') as {
    validate: (value: unknown, options: unknown) => true | string
  }
  return (value: string) => field.validate(value, {})
}

/** Which collection serves /<locale>/<section>/[slug]. A new one must be added here. */
const DETAIL_ROUTES: Record<string, CollectionConfig> = {
  agenda: Events,
  alerts: Alerts,
  procedures: Procedures,
  services: Services,
  topics: Topics,
}

describe('reserved slugs', () => {
  it('finds the site sections on disk (the test reads the real folder)', () => {
    const sections = fixedSegments(LOCALE_DIR)
    expect(sections).toEqual(expect.arrayContaining(['agenda', 'services', 'transit', 'offline']))
  })

  it.each(fixedSegments(LOCALE_DIR))('no page can take /<locale>/%s (a fixed route)', (segment) => {
    const verdict = slugValidate(Pages)(segment)
    expect(verdict, `a page with slug "${segment}" would shadow the route`).not.toBe(true)
  })

  it('still accepts an ordinary page slug', () => {
    expect(slugValidate(Pages)('about-the-city')).toBe(true)
  })

  const detailSections = fixedSegments(LOCALE_DIR).filter((section) =>
    fs.existsSync(path.join(LOCALE_DIR, section, '[slug]')),
  )

  it('knows which collection serves every /<section>/[slug] route', () => {
    expect(detailSections.filter((section) => !DETAIL_ROUTES[section])).toEqual([])
  })

  const siblings = detailSections.flatMap((section) =>
    fixedSegments(path.join(LOCALE_DIR, section)).map((segment) => [section, segment] as const),
  )

  it('checks the fixed routes next to a [slug] (agenda/topics, services/near, …)', () => {
    expect(siblings).toEqual(
      expect.arrayContaining([
        ['agenda', 'topics'],
        ['services', 'near'],
      ]),
    )
  })

  it.each(siblings)('no %s document can take the slug "%s"', (section, segment) => {
    const collection = DETAIL_ROUTES[section]!
    const verdict = slugValidate(collection)(segment)
    expect(
      verdict,
      `${collection.slug} slug "${segment}" would shadow /${section}/${segment}`,
    ).not.toBe(true)
  })
})
