import { readEOfficeSettings } from '@/lib/eoffice/readEOfficeSettings'
import { buildStartOnlineUrl } from '@/lib/eoffice/startOnline'
import { paragraphsToLexical } from '@/lib/richtext/paragraphsToLexical'
import type { Procedure } from '@/payload-types'

import type { Localized, SeedLocale } from './localized'
import { procedures, type ProcedureSeed } from './data/procedures'
import { dayFromNow } from './relativeTime'
import { idOf, idsOf, seedCollection, type IdsBySlug } from './seedCollection'
import type { SeedRun } from './seedRun'

type Fee = NonNullable<Procedure['fees']>[number]

/**
 * The site settings of an existing database may point the e-office elsewhere; say so once,
 * plainly, instead of failing on every procedure's validation.
 */
async function assertEOfficeAcceptsPaths(run: SeedRun): Promise<void> {
  const settings = await readEOfficeSettings(run.payload)
  const check = buildStartOnlineUrl('/procedures/check', settings)
  if (!check.ok) throw new Error(`Cannot seed procedures: ${check.error}`)
}

/** The fields translated in both languages; requirements, documents, steps and legal basis
 * are localized lists, so each language simply gets its own rows. */
function localizedFields(procedure: ProcedureSeed, locale: SeedLocale) {
  const text = (value: Localized) => value[locale]
  return {
    title: text(procedure.title),
    summary: text(procedure.summary),
    whoCanApply: text(procedure.whoCanApply),
    requirements: procedure.requirements.map((item) => ({ text: text(item) })),
    documents: procedure.documents.map((item) => ({ text: text(item) })),
    deadline: text(procedure.deadline),
    processingTime: text(procedure.processingTime),
    steps: procedure.steps.map((step) => ({
      title: text(step.title),
      description: text(step.description),
    })),
    legalBasis: procedure.legalBasis.map((law) => ({ title: text(law.title), url: law.url })),
    phone: { number: procedure.phone.number, hours: text(procedure.phone.hours) },
    body: paragraphsToLexical(procedure.body[locale]),
  }
}

/** Fees are one list for both languages; the Spanish labels go into the English rows. */
function spanishFees(procedure: ProcedureSeed, english: Procedure): Fee[] {
  return (english.fees ?? []).map((row, index) => ({
    ...row,
    label: procedure.fees[index].label.es,
    note: procedure.fees[index].note?.es,
  }))
}

export async function seedProcedures(
  run: SeedRun,
  refs: { topics: IdsBySlug; departments: IdsBySlug; services: IdsBySlug },
): Promise<IdsBySlug> {
  await assertEOfficeAcceptsPaths(run)
  return seedCollection(run, {
    collection: 'procedures',
    items: procedures,
    titleField: 'title',
    english: (procedure) => ({
      ...localizedFields(procedure, 'en'),
      topics: idsOf(refs.topics, procedure.topics, 'topic'),
      department: idOf(refs.departments, procedure.department, 'department'),
      popularity: procedure.popularity,
      fees: procedure.fees.map((fee) => ({
        label: fee.label.en,
        amount: fee.amount,
        note: fee.note?.en,
      })),
      online: procedure.online ? { enabled: true, ...procedure.online } : { enabled: false },
      inPerson: {
        enabled: Boolean(procedure.inPerson),
        locations: idsOf(refs.services, procedure.inPerson?.locations ?? [], 'service'),
        appointmentRequired: procedure.inPerson?.appointmentRequired ?? false,
      },
      lastReviewed: dayFromNow(-procedure.review.lastDaysAgo, run.clock),
      nextReview: dayFromNow(procedure.review.nextInDays, run.clock),
    }),
    // Related procedures are set with the Spanish pass, when every procedure has an id.
    spanish: (procedure, english, ids) => ({
      ...localizedFields(procedure, 'es'),
      fees: spanishFees(procedure, english),
      relatedProcedures: idsOf(ids, procedure.related, 'procedure'),
    }),
  })
}
