import { NextResponse } from 'next/server'

/** JSON errors as `{ error }` with a sentence a developer can act on. */
export function jsonError(status: number, error: string) {
  return NextResponse.json({ error }, { status, headers: { 'Cache-Control': 'no-store' } })
}

export const NO_TIMETABLE = 'No transit timetable is in service.'

/** Timetable answers change with each import; a minute of caching keeps them fresh enough. */
export function jsonOk(body: unknown, maxAge = 60) {
  return NextResponse.json(body, { headers: { 'Cache-Control': `public, max-age=${maxAge}` } })
}
