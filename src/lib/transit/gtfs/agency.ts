import { isTimeZone } from '@/lib/time/zone'
import { eachRow, KeyCheck, type ReadResult } from './csv'
import type { BuildState } from './state'

const FILE = 'agency.txt'

/**
 * agency.txt: an invalid timezone falls back to the site's; agencies in a second timezone are
 * left out, as the timetable reads every time in one zone.
 */
export function readAgencies(state: BuildState): ReadResult {
  const { notices, timetable } = state
  const keys = new KeyCheck(state, FILE, 'agency_id')
  const result = eachRow(state, FILE, ['agency_name', 'agency_timezone'], (row, line) => {
    const id = row('agency_id')
    if (!keys.isNew(id, row, line)) return
    const name = row('agency_name')
    if (!name) {
      state.dropped.agencies++
      return notices.dropped(
        'missing_required_field',
        FILE,
        `Agency "${id}" has no agency_name; left out`,
        line,
      )
    }
    const timezone = agencyTimezone(state, row('agency_timezone'), line)
    if (!timezone) {
      state.dropped.agencies++
      return
    }
    const first = timetable.agencies[0]?.timezone
    if (first && timezone !== first) {
      state.dropped.agencies++
      return notices.dropped(
        'inconsistent_agency_timezone',
        FILE,
        `Agency "${id || name}" is in ${timezone}, the feed in ${first}: the agency and its routes were left out`,
        line,
      )
    }
    state.agencyIds.add(id)
    timetable.agencies.push({
      id,
      name,
      url: row('agency_url'),
      timezone,
      lang: row('agency_lang'),
    })
  })
  timetable.timezone = timetable.agencies[0]?.timezone ?? ''
  return result
}

function agencyTimezone(state: BuildState, given: string, line: number): string | null {
  if (isTimeZone(given)) return given
  const fallback = state.options.fallbackTimezone
  if (fallback && isTimeZone(fallback)) {
    state.notices.repaired(
      'invalid_timezone',
      FILE,
      `agency_timezone "${given}" is not a valid IANA time zone; using the site's timezone ${fallback} instead`,
      line,
    )
    return fallback
  }
  state.notices.dropped(
    'invalid_timezone',
    FILE,
    `agency_timezone "${given}" is not a valid IANA time zone (e.g. Europe/Madrid); the agency was left out`,
    line,
  )
  return null
}
