import { paragraphsToLexical } from '@/lib/richtext/paragraphsToLexical'

import { pages } from './data/pages'
import type { Localized } from './localized'
import { seedCollection, type IdsBySlug } from './seedCollection'
import type { SeedRun } from './seedRun'

/** Today in the city, written out as each language writes dates ("26 November 2026"). */
function todayInWords({ clock }: SeedRun): Localized {
  const format = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: clock.timeZone }).format(
      clock.now,
    )
  return { en: format('en-GB'), es: format('es-ES') }
}

export function seedPages(run: SeedRun): Promise<IdsBySlug> {
  return seedCollection(run, {
    collection: 'pages',
    items: pages(todayInWords(run)),
    titleField: 'title',
    english: (page) => ({
      title: page.title.en,
      summary: page.summary.en,
      body: paragraphsToLexical(page.body.en),
    }),
    spanish: (page) => ({
      title: page.title.es,
      summary: page.summary.es,
      body: paragraphsToLexical(page.body.es),
    }),
  })
}
