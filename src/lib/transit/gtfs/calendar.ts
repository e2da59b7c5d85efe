import type { TransitService } from '../model'
import { isGtfsDate } from '../time'
import { eachRow, KeyCheck, type Row } from './csv'
import type { BuildState } from './state'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']

function service(state: BuildState, id: string): TransitService {
  const { serviceIndex, timetable } = state
  let index = serviceIndex.get(id)
  if (index === undefined) {
    index = timetable.services.length
    serviceIndex.set(id, index)
    timetable.services.push({ id, days: 0, start: '', end: '', added: [], removed: [] })
  }
  return timetable.services[index]
}

/** calendar.txt then calendar_dates.txt; a row that cannot be read is left out alone. */
export function readCalendars(state: BuildState) {
  const keys = new KeyCheck(state, 'calendar.txt', 'service_id')
  eachRow(state, 'calendar.txt', ['service_id', ...DAYS, 'start_date', 'end_date'], (row, line) => {
    const id = row('service_id')
    if (!id) {
      state.dropped.services++
      return state.notices.dropped(
        'missing_required_field',
        'calendar.txt',
        'service_id is empty; row left out',
        line,
      )
    }
    if (!keys.isNew(id, row, line)) return
    const days = weekDays(state, row, id, line)
    const dates = dateRange(state, row, id, line)
    if (days === null || !dates) {
      state.dropped.services++
      return
    }
    Object.assign(service(state, id), { days, start: dates[0], end: dates[1] })
  })
  const exceptions = new KeyCheck(state, 'calendar_dates.txt', 'service_id, date')
  eachRow(state, 'calendar_dates.txt', ['service_id', 'date', 'exception_type'], (row, line) => {
    const id = row('service_id')
    const date = row('date')
    const type = row('exception_type')
    const file = 'calendar_dates.txt'
    if (!id)
      return state.notices.dropped(
        'missing_required_field',
        file,
        'service_id is empty; row left out',
        line,
      )
    if (!isGtfsDate(date))
      return state.notices.dropped(
        'invalid_date',
        file,
        `Invalid date "${date}"; row left out`,
        line,
      )
    if (type !== '1' && type !== '2')
      return state.notices.dropped(
        'unexpected_enum_value',
        file,
        `exception_type "${type}" is not 1 or 2; row left out`,
        line,
      )
    if (!exceptions.isNew(`${id}\u0001${date}`, row, line)) return
    const s = service(state, id)
    ;(type === '1' ? s.added : s.removed).push(date)
  })
  state.report.counts.services = state.timetable.services.length
}

function weekDays(state: BuildState, row: Row, id: string, line: number): number | null {
  let days = 0
  for (const [bit, day] of DAYS.entries()) {
    const value = row(day)
    if (value === '1') days |= 1 << bit
    else if (value !== '0') {
      state.notices.dropped(
        'unexpected_enum_value',
        'calendar.txt',
        `Service "${id}": ${day} is "${value}", not 0 or 1; row left out`,
        line,
      )
      return null
    }
  }
  return days
}

function dateRange(state: BuildState, row: Row, id: string, line: number): [string, string] | null {
  const start = row('start_date')
  const end = row('end_date')
  for (const date of [start, end]) {
    if (!isGtfsDate(date)) {
      state.notices.dropped(
        'invalid_date',
        'calendar.txt',
        `Service "${id}" has an invalid date "${date}"; row left out`,
        line,
      )
      return null
    }
  }
  if (end < start) {
    state.notices.dropped(
      'start_and_end_range_out_of_order',
      'calendar.txt',
      `Service "${id}" ends (${end}) before it starts (${start}); row left out`,
      line,
    )
    return null
  }
  return [start, end]
}
