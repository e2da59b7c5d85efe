import type { FeedIssue, NoticeAction, NoticeGroup, NoticeSeverity } from '../model'

/**
 * Import problems named and graded as MobilityData's GTFS validator does, so an operator can
 * compare reports. Plaza's own codes are the reasons a whole feed is refused.
 */
export const NOTICE_SEVERITY = {
  i_o_error: 'ERROR',
  csv_parsing_failed: 'ERROR',
  invalid_character: 'ERROR',
  missing_required_file: 'ERROR',
  missing_calendar_and_calendar_date_files: 'ERROR',
  missing_required_column: 'ERROR',
  missing_required_field: 'ERROR',
  unknown_column: 'INFO',
  unknown_file: 'INFO',
  duplicate_key: 'ERROR',
  invalid_timezone: 'ERROR',
  inconsistent_agency_timezone: 'ERROR',
  invalid_color: 'ERROR',
  invalid_integer: 'ERROR',
  invalid_float: 'ERROR',
  number_out_of_range: 'ERROR',
  invalid_date: 'ERROR',
  invalid_time: 'ERROR',
  unexpected_enum_value: 'WARNING',
  start_and_end_range_out_of_order: 'ERROR',
  foreign_key_violation: 'ERROR',
  route_both_short_and_long_name_missing: 'ERROR',
  unusable_trip: 'WARNING',
  missing_trip_edge: 'ERROR',
  stop_time_with_only_arrival_or_departure_time: 'ERROR',
  stop_time_with_arrival_before_previous_departure_time: 'ERROR',
  // Plaza's own: a row whose departure is before its own arrival (no validator notice),
  // and the reasons a whole feed is refused.
  stop_time_with_departure_before_arrival_time: 'ERROR',
  feed_exceeds_safety_limit: 'ERROR',
  no_usable_agency: 'ERROR',
  no_usable_trip: 'ERROR',
  required_file_unusable: 'ERROR',
} as const satisfies Record<string, NoticeSeverity>

export type NoticeCode = keyof typeof NOTICE_SEVERITY

/** Examples kept per code and action, and issues kept in the flat lists. */
export const EXAMPLES_PER_NOTICE = 5
const MAX_LISTED_ISSUES = 200

/** Collects notices grouped by code and action, in the order they first occur. */
export class Notices {
  readonly groups: NoticeGroup[] = []
  private readonly byKey = new Map<string, NoticeGroup>()
  readonly errors: FeedIssue[] = []
  readonly warnings: FeedIssue[] = []
  omittedErrors = 0
  omittedWarnings = 0
  refused = false

  add(code: NoticeCode, action: NoticeAction, file: string, message: string, line?: number) {
    const key = `${code}/${action}`
    let group = this.byKey.get(key)
    if (!group) {
      group = { code, severity: NOTICE_SEVERITY[code], action, count: 0, examples: [] }
      this.byKey.set(key, group)
      this.groups.push(group)
    }
    group.count++
    const example = line === undefined ? { file, message } : { file, line, message }
    if (group.examples.length < EXAMPLES_PER_NOTICE) group.examples.push(example)
    // Refused and dropped are errors (something is not imported); the rest are warnings.
    const level = action === 'dropped' || action === 'refused' ? 'error' : 'warning'
    const issue: FeedIssue = { level, code, action, ...example }
    if (action === 'refused') this.refused = true
    const list = level === 'error' ? this.errors : this.warnings
    if (list.length < MAX_LISTED_ISSUES) list.push(issue)
    else if (level === 'error') this.omittedErrors++
    else this.omittedWarnings++
  }

  dropped(code: NoticeCode, file: string, message: string, line?: number) {
    this.add(code, 'dropped', file, message, line)
  }
  repaired(code: NoticeCode, file: string, message: string, line?: number) {
    this.add(code, 'repaired', file, message, line)
  }
  ignored(code: NoticeCode, file: string, message: string, line?: number) {
    this.add(code, 'ignored', file, message, line)
  }
  refuse(code: NoticeCode, file: string, message: string, line?: number) {
    this.add(code, 'refused', file, message, line)
  }
}
