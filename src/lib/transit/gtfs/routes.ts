import { eachRow, intOr, KeyCheck, type ReadResult } from './csv'
import type { BuildState } from './state'

const FILE = 'routes.txt'

/** routes.txt: a route with no usable type or agency is left out, with its trips. */
export function readRoutes(state: BuildState): ReadResult {
  const { notices, timetable, routeIndex } = state
  const keys = new KeyCheck(state, FILE, 'route_id')
  return eachRow(state, FILE, ['route_id', 'route_type'], (row, line) => {
    const id = row('route_id')
    if (!id) {
      state.dropped.routes++
      return notices.dropped(
        'missing_required_field',
        FILE,
        'route_id is empty; row left out',
        line,
      )
    }
    if (!keys.isNew(id, row, line)) return
    const typeText = row('route_type')
    const type = Number(typeText)
    if (typeText === '' || !Number.isInteger(type)) {
      state.dropped.routes++
      return notices.dropped(
        typeText === '' ? 'missing_required_field' : 'invalid_integer',
        FILE,
        `Route "${id}" has no valid route_type; left out with its trips`,
        line,
      )
    }
    const agency = routeAgency(state, row('agency_id'), id, line)
    if (agency === null) {
      state.dropped.routes++
      return
    }
    if (!row('route_short_name') && !row('route_long_name'))
      notices.ignored(
        'route_both_short_and_long_name_missing',
        FILE,
        `Route "${id}" has neither a short nor a long name; its id is shown`,
        line,
      )
    routeIndex.set(id, timetable.routes.length)
    const sort = row('route_sort_order')
    timetable.routes.push({
      id,
      agency,
      shortName: row('route_short_name'),
      longName: row('route_long_name'),
      desc: row('route_desc'),
      type,
      color: color(state, row('route_color'), line),
      textColor: color(state, row('route_text_color'), line),
      sortOrder: sort === '' ? null : intOr(sort, 0),
    })
  })
}

function color(state: BuildState, value: string, line: number): string {
  if (!value) return ''
  if (/^[0-9a-f]{6}$/i.test(value)) return `#${value.toUpperCase()}`
  state.notices.ignored('invalid_color', FILE, `Invalid colour "${value}" ignored`, line)
  return ''
}

/** With one agency every route is its; with several, agency_id must name a kept one. */
function routeAgency(state: BuildState, agency: string, id: string, line: number): string | null {
  const { agencies } = state.timetable
  if (state.agencyIds.has(agency)) return agency
  // An agency left out (another timezone) takes its routes with it.
  if (agencies.length === 1 && (agency === '' || state.dropped.agencies === 0)) {
    if (agency)
      state.notices.repaired(
        'foreign_key_violation',
        FILE,
        `Route "${id}" names agency_id "${agency}"; read as the feed's only agency`,
        line,
      )
    return agencies[0].id
  }
  state.notices.dropped(
    'foreign_key_violation',
    FILE,
    `Route "${id}" belongs to agency_id "${agency}", which is not imported; left out with its trips`,
    line,
  )
  return null
}
