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
 * Falls back to the secret `npm start` generated in data/, so tools run after it need no
 * environment. Throws ConfigError when there is neither.
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

/** How many reverse proxies in front of Plaza append to X-Forwarded-For (0 = none). */
export function trustedProxyHops(env: Env = process.env): number {
  const raw = env.PLAZA_TRUSTED_PROXIES?.trim()
  if (!raw) return 0
  if (!/^\d{1,2}$/.test(raw)) {
    throw new ConfigError(
      `PLAZA_TRUSTED_PROXIES must be the number of reverse proxies in front of Plaza, e.g. 1 (got "${raw.slice(0, 20)}").`,
    )
  }
  return Number(raw)
}

/** Said at start-up when the operator has not stated how many proxies there are (0 is an answer). */
export function trustedProxiesWarning(env: Env = process.env): string | null {
  if (env.PLAZA_TRUSTED_PROXIES?.trim()) return null
  return 'PLAZA_TRUSTED_PROXIES is not set, so clients are told apart by their connection address alone and X-Forwarded-For is ignored: set it to the number of reverse proxies in front of Plaza, or to 0 if there are none.'
}

/** Shorter HMAC keys can be guessed offline from one signed request. */
export const EOFFICE_WEBHOOK_SECRET_MIN_LENGTH = 32

/** The e-office webhook secret, or null when unset; a short one is refused with one sentence. */
export function readWebhookSecret(env: Env = process.env): string | null {
  const secret = env.EOFFICE_WEBHOOK_SECRET?.trim()
  if (!secret) return null
  if (secret.length < EOFFICE_WEBHOOK_SECRET_MIN_LENGTH) {
    throw new ConfigError(
      `EOFFICE_WEBHOOK_SECRET is too short: use at least ${EOFFICE_WEBHOOK_SECRET_MIN_LENGTH} random characters (for example \`openssl rand -hex 32\`).`,
    )
  }
  return secret
}

/** Several instances share one site: PLAZA_INSTANCES above 1, or a shared Redis. */
export function isClustered(env: Env = process.env): boolean {
  return Number(env.PLAZA_INSTANCES?.trim() || 1) > 1 || Boolean(env.REDIS_URL?.trim())
}

/**
 * With several instances every secret must come from the environment, the same on each, or
 * one instance refuses what another signed. Null when nothing is missing.
 */
export function clusterSecretsProblem(env: Env = process.env): string | null {
  if (!isClustered(env)) return null
  const missing = ['PAYLOAD_SECRET', 'VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY'].filter(
    (name) => !env[name]?.trim(),
  )
  if (missing.length === 0) return null
  return `Several instances (PLAZA_INSTANCES > 1 or REDIS_URL) need their secrets from the environment, the same on every instance; missing: ${missing.join(', ')} (none is generated per instance; see README, "Running several instances").`
}

/**
 * How often the jobs queue runs: 60 s by default, 5 s at least so the queue's bookkeeping
 * writes never crowd an SQLite database.
 */
export function readJobsIntervalSeconds(env: Env = process.env): number {
  const raw = env.PLAZA_JOBS_INTERVAL_SECONDS?.trim()
  if (!raw) return 60
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < 5 || seconds > 60)
    throw new ConfigError(
      `PLAZA_JOBS_INTERVAL_SECONDS must be a whole number of seconds from 5 to 60 (got "${raw.slice(0, 20)}").`,
    )
  return seconds
}

/** The jobs queue's schedule for Payload's cron (seconds field first below a minute). */
export function jobsCron(env: Env = process.env): string {
  const seconds = readJobsIntervalSeconds(env)
  return seconds === 60 ? '* * * * *' : `*/${seconds} * * * * *`
}

/**
 * Validates everything start-up needs; throws ConfigError with one sentence on the first
 * problem. `warnings` are sentences to print without stopping.
 */
export function checkEnvironment(env: Env = process.env): {
  database: DatabaseTarget
  serverUrl: string
  warnings: string[]
} {
  const database = parseDatabaseUri(env.DATABASE_URI)
  const clusterProblem = clusterSecretsProblem(env)
  if (clusterProblem) throw new ConfigError(clusterProblem)
  readPayloadSecret(env)
  const serverUrl = readServerUrl(env)
  trustedProxyHops(env)
  readWebhookSecret(env)
  readJobsIntervalSeconds(env)
  const warnings = [trustedProxiesWarning(env)].filter((w): w is string => w !== null)
  return { database, serverUrl, warnings }
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
