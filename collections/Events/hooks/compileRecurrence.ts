import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { compileRecurrence, eventTimeZone, toRRuleString } from '@/lib/agenda/recurrence'
import { recurrenceProblems } from '@/lib/agenda/recurrenceProblems'
import type { EventTiming } from '@/lib/agenda/types'
import { readCityTimeZone } from '@/lib/time/cityTimeZone'
import type { Event } from '@/payload-types'

/**
 * Checks dates, time zone and recurrence together (no single field validation can) and stores
 * their RFC 5545 rule; a problem stops the save with a message on the field.
 */
export const compileEventRecurrence: CollectionBeforeChangeHook<Event> = async ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  // A partial update (e.g. only the Spanish title) is checked as the whole event it makes.
  const merged = {
    ...originalDoc,
    ...data,
    recurrence: { ...originalDoc?.recurrence, ...data.recurrence },
  } as EventTiming
  const timeZone = await readCityTimeZone(req.payload, req)
  const problems = recurrenceProblems(merged, timeZone)
  if (problems.length > 0) {
    throw new ValidationError({ collection: collection.slug, errors: problems, req })
  }
  const compiled = compileRecurrence(merged, timeZone)
  data.recurrence = {
    ...(merged.recurrence as Event['recurrence']),
    rrule: compiled ? toRRuleString(compiled, eventTimeZone(merged, timeZone)) : null,
  }
  return data
}
