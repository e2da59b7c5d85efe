import type { FeedReport } from './model'

/** Short text for the admin and the CLI: kept and left out, then notices grouped by code. */
export function summarize(report: FeedReport): string {
  const c = report.counts
  const refused = report.refused ?? (report.errors.length > 0 || report.omittedErrors > 0)
  const lines = [
    refused
      ? 'Refused: nothing was imported.'
      : `Imported: ${c.agencies} agencies, ${c.routes} routes, ${c.stops} stops, ${c.trips} trips (${c.frequencyTrips} from frequencies), ${c.stopTimes} stop times, ${c.shapes} shapes, ${c.services} services`,
  ]
  const d = report.dropped
  if (!refused && d && Object.values(d).some((n) => n > 0))
    lines.push(
      `Left out: ${d.agencies} agencies, ${d.routes} routes, ${d.stops} stops, ${d.trips} trips, ${d.stopTimes} stop times, ${d.services} services`,
    )
  lines.push(
    `Files: ${Object.entries(report.files)
      .map(([file, rows]) => `${file} ${rows}`)
      .join(', ')}`,
  )
  if (report.validity)
    lines.push(`Valid ${report.validity.start}–${report.validity.end} (${report.timezone})`)
  if (report.notices) lines.push(...noticeLines(report.notices))
  else lines.push(...legacyIssueLines(report))
  return lines.join('\n')
}

const ACTION_LEVEL = { refused: 'ERROR', dropped: 'ERROR', repaired: 'WARNING', ignored: 'INFO' }

/** One line per code and action ("ERROR" when something was not imported), then examples. */
function noticeLines(groups: NonNullable<FeedReport['notices']>): string[] {
  const order = ['refused', 'dropped', 'repaired', 'ignored']
  const sorted = [...groups].sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action))
  return sorted.flatMap((g) => [
    `${ACTION_LEVEL[g.action]} ${g.code} (validator ${g.severity}): ${g.count} ${g.action}`,
    ...g.examples.map((e) => `  ${e.file}${e.line ? `:${e.line}` : ''} ${e.message}`),
    ...(g.count > g.examples.length ? [`  … and ${g.count - g.examples.length} more`] : []),
  ])
}

/** Reports stored before notice codes existed. */
function legacyIssueLines(report: FeedReport): string[] {
  const issue = (i: FeedReport['errors'][number]) =>
    `${i.level.toUpperCase()} ${i.file}${i.line ? `:${i.line}` : ''} ${i.message}`
  const lines = report.errors.map(issue)
  if (report.omittedErrors) lines.push(`… and ${report.omittedErrors} more errors`)
  lines.push(...report.warnings.map(issue))
  if (report.omittedWarnings) lines.push(`… and ${report.omittedWarnings} more warnings`)
  return lines
}

/** The counts of a feed of which nothing was imported. */
export function zeroCounts(): FeedReport['counts'] {
  return {
    agencies: 0,
    routes: 0,
    stops: 0,
    trips: 0,
    stopTimes: 0,
    shapes: 0,
    services: 0,
    frequencyTrips: 0,
  }
}

/** A report for a failure outside the feed itself (missing upload, storage error). */
export function failureReport(file: string, message: string): FeedReport {
  const example = { file, message }
  return {
    files: {},
    counts: zeroCounts(),
    refused: true,
    notices: [
      { code: 'i_o_error', severity: 'ERROR', action: 'refused', count: 1, examples: [example] },
    ],
    errors: [{ level: 'error', code: 'i_o_error', action: 'refused', ...example }],
    warnings: [],
    omittedErrors: 0,
    omittedWarnings: 0,
    validity: null,
    timezone: null,
  }
}
