// Public holidays from the same calendar "PH" uses, so the demo timetable's holiday service runs
// on exactly the days the demo offices close.
import OpeningHours from 'opening_hours'

import { DEFAULT_CITY_ADDRESS, type CityAddress } from './holidayRegion'

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string
  name: string
}

/** Every public holiday from `first` to `last` (YYYY-MM-DD, both included), in date order. */
export function publicHolidaysBetween(
  first: string,
  last: string,
  address: CityAddress = DEFAULT_CITY_ADDRESS,
): PublicHoliday[] {
  const holidays = new OpeningHours('PH', address)
  const [y, m, d] = first.split('-').map(Number)
  const found: PublicHoliday[] = []
  // The library reads a Date's local fields: noon of each local day keeps clear of DST edges,
  // and Date normalises day numbers past the end of a month.
  for (let i = 0; ; i++) {
    const day = new Date(y, m - 1, d + i, 12)
    const iso = [
      day.getFullYear(),
      String(day.getMonth() + 1).padStart(2, '0'),
      String(day.getDate()).padStart(2, '0'),
    ].join('-')
    if (iso > last) break
    if (holidays.getState(day)) found.push({ date: iso, name: holidays.getComment(day) ?? '' })
  }
  return found
}
