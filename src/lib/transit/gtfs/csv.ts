import { parse } from 'csv-parse/sync'

import type { FeedReport } from '../model'
import { KNOWN_COLUMNS } from './columns'
import type { Notices } from './notices'

/** What every stage of the import reads from and reports to. */
export interface FeedInput {
  files: Map<string, Uint8Array>
  notices: Notices
  report: FeedReport
}

/** A data row: a column accessor (trimmed, "" when absent) and the whole row as one key. */
export interface Row {
  (column: string): string
  /** The row's fields joined: two rows are identical when their texts are. */
  text(): string
}

export type ReadResult = 'absent' | 'unusable' | 'read'

class StopReading extends Error {}

/**
 * Streams one CSV file's rows through `onRow` (with its 1-based line) without keeping them; a
 * file not UTF-8 or lacking a required column is reported 'unusable'.
 */
export function eachRow(
  input: FeedInput,
  file: string,
  required: string[],
  onRow: (row: Row, line: number) => void,
): ReadResult {
  const bytes = input.files.get(file)
  if (!bytes) return 'absent'
  const text = decode(input, file, bytes)
  const reader = rowReader(input, file, required, onRow)
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (!body.includes('"')) splitPlain(body, reader.onRecord)
  else splitQuoted(input, file, body, reader.onRecord)
  input.report.files[file] = reader.count()
  return reader.usable() ? 'read' : 'unusable'
}

/**
 * A file that is not UTF-8 is read as Windows-1252, which European publishers still export;
 * ids, times and numbers are ASCII either way.
 */
function decode(input: FeedInput, file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    input.notices.repaired(
      'invalid_character',
      file,
      'The file is not UTF-8 text (GTFS requires UTF-8); it was read as Windows-1252 (Latin-1): check accented names',
    )
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

function rowReader(
  input: FeedInput,
  file: string,
  required: string[],
  onRow: (row: Row, line: number) => void,
) {
  let header: Map<string, number> | null = null
  let usable = true
  let values: string[] = []
  let count = 0
  const row = ((column: string) => {
    const index = header!.get(column)
    return index === undefined ? '' : (values[index] ?? '').trim()
  }) as Row
  row.text = () => values.map((v) => v.trim()).join('\u0001')
  const onRecord = (record: string[], line: number): boolean => {
    if (header) {
      // A line made only of empty fields (",,,") is noise, not a row.
      if (record.every((value) => value.trim() === '')) return true
      values = record
      count++
      onRow(row, line)
      return true
    }
    header = new Map(record.map((name, index) => [name.trim().toLowerCase(), index]))
    const known = KNOWN_COLUMNS[file] ?? []
    for (const column of header.keys()) {
      if (!known.includes(column))
        input.notices.ignored('unknown_column', file, `Unknown column "${column}" ignored`, 1)
    }
    const missing = required.filter((c) => !header!.has(c))
    for (const column of missing)
      input.notices.dropped('missing_required_column', file, `Column "${column}" is missing`, 1)
    usable = missing.length === 0
    return usable
  }
  return { onRecord, count: () => count, usable: () => usable }
}

/**
 * Without a quote character lines and commas are the whole grammar: split directly, several
 * times faster than the general parser on stop_times-sized files.
 */
function splitPlain(body: string, onRecord: (record: string[], line: number) => boolean) {
  let line = 0
  let at = 0
  while (at < body.length) {
    let end = body.indexOf('\n', at)
    if (end === -1) end = body.length
    const text = body.charCodeAt(end - 1) === 13 ? body.slice(at, end - 1) : body.slice(at, end)
    at = end + 1
    line++
    if (text === '') continue
    if (!onRecord(text.split(','), line)) return
  }
}

function splitQuoted(
  input: FeedInput,
  file: string,
  body: string,
  onRecord: (record: string[], line: number) => boolean,
) {
  try {
    parse(body, {
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (record: string[], context) => {
        if (!onRecord(record, context.lines)) throw new StopReading()
        return null
      },
    })
  } catch (error) {
    if (error instanceof StopReading) return
    const line = (error as { lines?: number }).lines
    input.notices.dropped(
      'csv_parsing_failed',
      file,
      `Unreadable CSV from here on, the rest of the file was left out: ${(error as Error).message}`,
      line,
    )
  }
}

/**
 * Primary keys seen in one file: a second row with the same key is kept once when it is
 * identical (repaired) and left out otherwise (dropped), as the validator's duplicate_key.
 */
export class KeyCheck {
  private readonly seen = new Map<string, { line: number; text: string }>()
  constructor(
    private readonly input: FeedInput,
    private readonly file: string,
    private readonly keyName: string,
  ) {}

  /** True when the row is new and should be read. */
  isNew(key: string, row: Row, line: number): boolean {
    const first = this.seen.get(key)
    if (!first) {
      this.seen.set(key, { line, text: row.text() })
      return true
    }
    const what = `${this.keyName} "${key.replaceAll('\u0001', ', ')}"`
    if (first.text === row.text())
      this.input.notices.repaired(
        'duplicate_key',
        this.file,
        `${what} repeats line ${first.line} identically; kept once`,
        line,
      )
    else
      this.input.notices.dropped(
        'duplicate_key',
        this.file,
        `${what} already on line ${first.line}; this row was left out`,
        line,
      )
    return false
  }
}

export function intOr(value: string, fallback: number): number {
  if (value === '') return fallback
  const n = Number(value)
  return Number.isInteger(n) ? n : fallback
}

export const round5 = (n: number) => Math.round(n * 1e5) / 1e5
