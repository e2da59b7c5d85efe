// Reading and checking Plaza's environment. Kept framework-free so that the start
// script, payload.config.ts and tests share one set of rules and one set of messages.
import fs from 'node:fs'
import path from 'node:path'

/** The environment variables Plaza reads; a plain record so tests can pass their own. */
export type Env = Record<string, string | undefined>

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface DatabaseTarget {
  kind: DatabaseKind
  url: string
}

/** An error whose message is one sentence meant for the operator, printed without a stack. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const DEFAULT_DATABASE_URI = 'file:./data/plaza.db'

/** Picks the database adapter from `DATABASE_URI`; unset means the embedded SQLite file. */
export function parseDatabaseUri(raw: string | undefined): DatabaseTarget {
  const url = (raw ?? '').trim() || DEFAULT_DATABASE_URI
  if (url.startsWith('file:')) {
    if (url.length <= 'file:'.length) {
      throw new ConfigError('DATABASE_URI "file:" needs a path, for example file:./data/plaza.db.')
    }
    return { kind: 'sqlite', url }
  }
  if (/^postgres(ql)?:\/\/[^/\s]+/.test(url)) return { kind: 'postgres', url }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(url)) return { kind: 'mongodb', url }
  const scheme = url.split(':')[0]
  throw new ConfigError(
    `DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${scheme.slice(0, 20)}:…").`,
  )
}

/** Where the demo launcher keeps a generated secret; used only when PLAZA_DEMO=1. */
export const DEMO_SECRET_FILE = path.resolve('data', '.payload-secret')

/**
 * The demo install as `npm start` leaves it: with no PAYLOAD_SECRET set, the secret it
 * generated in data/ (and, with no DATABASE_URI, the SQLite file beside it). `npm start`
 * and every command-line tool call this first, so a tool run after `npm start` needs no
 * environment. Throws ConfigError, one sentence, when there is neither.
 */
export function loadDemoEnvironment(env: Env = process.env): 'configured' | 'demo' {
  if (env.PAYLOAD_SECRET?.trim()) return 'configured'
  if (!fs.existsSync(DEMO_SECRET_FILE)) {
    throw new ConfigError(
      'No PAYLOAD_SECRET and no demo install in data/: run `npm start` once, or set PAYLOAD_SECRET (and DATABASE_URI) as the site has them.',
    )
  }
  env.PLAZA_DEMO = '1'
  return 'demo'
}

/** A tool that reads the city refuses, in one sentence, a SQLite file that is not there. */
export function requireExistingDatabase(env: Env = process.env): void {
  const database = parseDatabaseUri(env.DATABASE_URI)
  if (database.kind !== 'sqlite') return
  const file = database.url.slice('file:'.length).replace(/\?.*$/, '')
  if (!fs.existsSync(path.resolve(file))) {
    throw new ConfigError(
      `No database at ${file}: run \`npm start\` once (or \`npm run migrate\`), or set DATABASE_URI.`,
    )
  }
}

/**
 * The Payload secret: PAYLOAD_SECRET, or in demo mode the generated one kept in data/.
 * A missing or short secret is refused with one sentence.
 */
export function readPayloadSecret(env: Env = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (fromEnv.length < 16) {
      throw new ConfigError('PAYLOAD_SECRET is too short: use at least 16 random characters.')
    }
    return fromEnv
  }
  if (env.PLAZA_DEMO === '1' && fs.existsSync(DEMO_SECRET_FILE)) {
    return fs.readFileSync(DEMO_SECRET_FILE, 'utf8').trim()
  }
  throw new ConfigError(
    'PAYLOAD_SECRET is not set: set it to a long random string (or run `npm start` for the demo city).',
  )
}

/** The public origin of the site; used for absolute links (sitemap, hreflang, JSON-LD). */
export function readServerUrl(env: Env = process.env): string {
  const raw = env.PLAZA_SERVER_URL?.trim() || `http://localhost:${env.PORT || 3000}`
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    throw new ConfigError(`PLAZA_SERVER_URL is not a valid URL (got "${raw.slice(0, 40)}").`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError('PLAZA_SERVER_URL must be an http:// or https:// URL.')
  }
  return parsed.origin
}

/** Validates everything start-up needs; throws ConfigError with one sentence on the first problem. */
export function checkEnvironment(env: Env = process.env): {
  database: DatabaseTarget
  serverUrl: string
} {
  const database = parseDatabaseUri(env.DATABASE_URI)
  readPayloadSecret(env)
  const serverUrl = readServerUrl(env)
  return { database, serverUrl }
}

/**
 * Session cookies are Secure everywhere except a site served over plain http on this
 * machine (the demo and the tests), where browsers would drop them.
 */
export function cookiesMustBeSecure(env: Env = process.env): boolean {
  const url = new URL(readServerUrl(env))
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
  return !(url.protocol === 'http:' && loopback)
}
