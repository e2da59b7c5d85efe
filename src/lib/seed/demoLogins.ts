// The demo accounts' logins: generated once, shown once, and kept in a private file so that
// whoever started the demo can sign in later. Existing accounts are never given new passwords.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parseDatabaseUri } from '@/lib/config/env'
import type { User } from '@/payload-types'

export interface DemoLogin {
  role: User['role']
  email: string
  password: string
}

/**
 * Demo logins live beside their SQLite file, so seeding a test database never overwrites a
 * developer's; other databases use data/.
 */
export function demoLoginsFileFor(databaseUri = process.env.DATABASE_URI): string {
  const target = parseDatabaseUri(databaseUri)
  if (target.kind !== 'sqlite') return path.resolve('data', 'demo-logins.txt')
  const file = target.url.slice('file:'.length).split('?')[0]
  return path.join(path.dirname(path.resolve(file)), 'demo-logins.txt')
}

// 32 symbols (so a random byte maps to one without bias), without look-alikes 0/O, 1/l/I.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** A readable random password such as `k7vq2-mx9dr-a4tze-p3hwn` (100 bits). */
export function generateDemoPassword(): string {
  const symbols = Array.from(randomBytes(20), (byte) => PASSWORD_ALPHABET[byte % 32])
  return [0, 5, 10, 15].map((start) => symbols.slice(start, start + 5).join('')).join('-')
}

/** One login per line, `role email password`, after a comment saying what the file is. */
export function formatDemoLogins(logins: readonly DemoLogin[]): string {
  const header = '# Plaza demo logins (npm run seed). Keep private; sign in at /admin.\n'
  return (
    header + logins.map(({ role, email, password }) => `${role} ${email} ${password}\n`).join('')
  )
}

function parseDemoLogins(text: string): DemoLogin[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [role, email, password] = line.trim().split(/\s+/)
      return { role: role as DemoLogin['role'], email, password }
    })
}

function readDemoLoginsFile(file: string): DemoLogin[] | null {
  return fs.existsSync(file) ? parseDemoLogins(fs.readFileSync(file, 'utf8')) : null
}

/**
 * Records newly created logins, keeping the lines of accounts created by an earlier run.
 * Readable by the owner only: it holds passwords.
 */
export function saveDemoLogins(created: readonly DemoLogin[], file: string): DemoLogin[] {
  const createdEmails = new Set(created.map((login) => login.email))
  const kept = (readDemoLoginsFile(file) ?? []).filter((login) => !createdEmails.has(login.email))
  const all = [...kept, ...created]
  // A folder made here holds secrets (the logins, the demo's PAYLOAD_SECRET): owner only.
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  fs.writeFileSync(file, formatDemoLogins(all), { mode: 0o600 })
  // writeFileSync's mode applies only when it creates the file.
  fs.chmodSync(file, 0o600)
  return all
}

/**
 * What `npm start` says about the demo logins once the site is up: the logins themselves
 * only on the start that created them, later only where they are (docs/SECURITY.md).
 */
export function demoLoginsNotice(file: string, { createdNow }: { createdNow: boolean }): string {
  const shown = path.relative(process.cwd(), file) || file
  if (!fs.existsSync(file)) return ''
  if (!createdNow) return `Demo logins: in ${shown} (readable only by you).`
  return `Demo logins (shown this once; kept in ${shown}, readable only by you):\n${fs.readFileSync(file, 'utf8')}`
}
