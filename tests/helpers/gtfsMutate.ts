// Mutated copies of a real feed, made in the test that needs them (one rule each), so the
// repository keeps one copy of the feed and each mutation reads as what it breaks.
import { parse } from 'csv-parse/sync'

import type { GtfsFiles } from './gtfsReference'

export type CsvRow = Record<string, string>

export function readCsv(bytes: Uint8Array): { header: string[]; rows: CsvRow[] } {
  const records = parse(new TextDecoder().decode(bytes), { bom: true, skip_empty_lines: true })
  const [header, ...body] = records as string[][]
  return {
    header,
    rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))),
  }
}

const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)

export function writeCsv(header: string[], rows: CsvRow[]): Uint8Array {
  const lines = [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))]
  return new TextEncoder().encode(lines.map((l) => l.map(field).join(',')).join('\n') + '\n')
}

/** A copy of `files` with one file's rows rewritten by `change` (which may add columns). */
export function mutate(
  files: GtfsFiles,
  file: string,
  change: (rows: CsvRow[], header: string[]) => CsvRow[],
): GtfsFiles {
  const { header, rows } = readCsv(files[file])
  const copy = rows.map((r) => ({ ...r }))
  return { ...files, [file]: writeCsv(header, change(copy, header)) }
}

/** The 1-based file line (header = 1) of the first row matching `match`. */
export function lineOf(files: GtfsFiles, file: string, match: (row: CsvRow) => boolean): number {
  return readCsv(files[file]).rows.findIndex(match) + 2
}
