import type { AfterErrorHook } from 'payload'

// A REST read whose `where`/`sort` the database cannot use is the client's fault: 400 without
// database text. Failing writes stay 500 so real faults are not hidden.

const DATABASE_REFUSALS = [
  /^Failed query:/, // drizzle (SQLite, PostgreSQL)
  /Only finite numbers/, // better-sqlite3 / libsql given NaN
  /invalid input syntax for type/, // PostgreSQL 22P02
  /Cast to ObjectId failed/, // MongoDB
]

function causes(error: unknown): string[] {
  const messages: string[] = []
  for (
    let current = error as { message?: string; cause?: unknown } | undefined, depth = 0;
    current && depth < 5;
    depth++
  ) {
    if (typeof current.message === 'string') messages.push(current.message)
    current = current.cause as typeof current
  }
  return messages
}

export function isUnusableQueryError(error: unknown): boolean {
  if ((error as { status?: number })?.status && (error as { status: number }).status < 500)
    return false
  return causes(error).some((message) => DATABASE_REFUSALS.some((pattern) => pattern.test(message)))
}

export const UNUSABLE_QUERY_MESSAGE =
  'The query could not be run: check the where, sort and id values in the request.'

/** A read that carries its own query (where/sort/…): its unknown failures are the query's. */
function carriesQuery(url: string | undefined): boolean {
  if (!url) return false
  try {
    const params = new URL(url, 'http://x').searchParams
    return [...params.keys()].some((key) => /^(where|sort|joins|select|populate)\b/.test(key))
  } catch {
    return false
  }
}

export const answerUnusableQueriesWith400: AfterErrorHook = ({ error, req }) => {
  if (req?.method !== 'GET') return
  const status = (error as { status?: number })?.status ?? 500
  // e.g. `near` on an adapter without geo queries throws a plain Error: still the query's fault.
  const unknownFailureOfQuery = status >= 500 && carriesQuery(req.url)
  if (!isUnusableQueryError(error) && !unknownFailureOfQuery) return
  return { status: 400, response: { errors: [{ message: UNUSABLE_QUERY_MESSAGE }] } }
}
