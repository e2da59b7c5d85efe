import type { DataFromCollectionSlug, RequiredDataFromCollectionSlug } from 'payload'

import type { Localized } from './localized'
import { reportStep, SEED_WRITE, type SeedRun } from './seedRun'

/** The public collections the seed fills; each has a unique, non-localized slug as its key. */
export type SeededCollection =
  'topics' | 'departments' | 'districts' | 'services' | 'procedures' | 'events' | 'alerts' | 'pages'

export type IdsBySlug = ReadonlyMap<string, number>

type EnglishData<TSlug extends SeededCollection> = Omit<
  RequiredDataFromCollectionSlug<TSlug>,
  'slug' | '_status'
>

export interface CollectionSeed<TSlug extends SeededCollection, TItem extends { slug: string }> {
  collection: TSlug
  items: readonly TItem[]
  /** The localized title: English but no Spanish marks a document a run left half-written. */
  titleField: 'title' | 'headline' | 'name'
  english: (item: TItem) => EnglishData<TSlug>
  /**
   * The Spanish update, given the English document: non-localized array rows sent without their
   * id would be replaced, losing their English text.
   */
  spanish: (
    item: TItem,
    english: DataFromCollectionSlug<TSlug>,
    ids: IdsBySlug,
  ) => Partial<RequiredDataFromCollectionSlug<TSlug>>
}

interface ExistingDoc {
  id: number
  slug: string
  /** The seed created it in English, but the run stopped before its Spanish was written. */
  interrupted: boolean
}

async function findExisting<TSlug extends SeededCollection, TItem extends { slug: string }>(
  { payload }: SeedRun,
  seed: CollectionSeed<TSlug, TItem>,
): Promise<ExistingDoc[]> {
  const result = await payload.find({
    collection: seed.collection,
    where: { slug: { in: seed.items.map((item) => item.slug) } },
    locale: 'all',
    select: { slug: true, [seed.titleField]: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // Generic over the collection, Payload cannot narrow the selected shape; with locale
  // 'all' the title comes as one value per language.
  const docs = result.docs as unknown as Array<
    { id: number; slug: string } & Record<string, Partial<Localized> | undefined>
  >
  const items = new Map(seed.items.map((item) => [item.slug, item]))
  const demoTitle = (slug: string) =>
    seed.english(items.get(slug)!)[seed.titleField as keyof EnglishData<TSlug>]
  return docs.map((doc) => {
    const title = doc[seed.titleField]
    // Only a document with the demo's own English title is taken for one of ours.
    const interrupted = !title?.es && title?.en === demoTitle(doc.slug)
    return { id: doc.id, slug: doc.slug, interrupted }
  })
}

/**
 * Creates each missing document in English, then its Spanish version; an existing one gets its
 * Spanish only when an interrupted run left it out. Returns every document's id.
 */
export async function seedCollection<
  TSlug extends SeededCollection,
  TItem extends { slug: string },
>(run: SeedRun, seed: CollectionSeed<TSlug, TItem>): Promise<IdsBySlug> {
  const startedAt = Date.now()
  const { payload, summary } = run
  const { collection } = seed
  const ids = new Map<string, number>()
  const untranslated = new Map<string, DataFromCollectionSlug<TSlug> | null>()
  for (const doc of await findExisting(run, seed)) {
    ids.set(doc.slug, doc.id)
    if (doc.interrupted) untranslated.set(doc.slug, null)
    else summary.skipped[collection] += 1
  }
  const interrupted = new Set(untranslated.keys())

  for (const item of seed.items) {
    if (ids.has(item.slug)) continue
    const data = { ...seed.english(item), slug: item.slug, _status: 'published' }
    const doc = await payload.create({
      collection,
      locale: 'en',
      draft: false,
      data: data as RequiredDataFromCollectionSlug<TSlug>,
      ...SEED_WRITE,
    })
    ids.set(item.slug, doc.id)
    untranslated.set(item.slug, doc as DataFromCollectionSlug<TSlug>)
  }

  // Spanish once every document has an id, so links inside the collection resolve.
  for (const item of seed.items) {
    if (!untranslated.has(item.slug)) continue
    const id = ids.get(item.slug)!
    const english =
      untranslated.get(item.slug) ??
      (await payload.findByID({ collection, id, locale: 'en', depth: 0, overrideAccess: true }))
    const spanish = { ...seed.spanish(item, english, ids), _status: 'published' as const }
    await payload.update({
      collection,
      id,
      locale: 'es',
      draft: false,
      // Checked against the concrete collection where each seed is written; generic over
      // the collection, TypeScript cannot relate Partial to Payload's DeepPartial.
      data: spanish as never,
      ...SEED_WRITE,
    })
    if (interrupted.has(item.slug)) summary.completed[collection] += 1
    else summary.created[collection] += 1
  }
  reportStep(run, collection, seed.items.length, startedAt)
  return ids
}

/** The id of a seeded document by slug; a typo in the demo data fails loudly, naming it. */
export function idOf(ids: IdsBySlug, slug: string, kind: string): number {
  const id = ids.get(slug)
  if (id === undefined) throw new Error(`Demo data refers to an unknown ${kind} "${slug}".`)
  return id
}

export function idsOf(ids: IdsBySlug, slugs: readonly string[], kind: string): number[] {
  return slugs.map((slug) => idOf(ids, slug, kind))
}
