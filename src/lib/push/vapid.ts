// The VAPID key pair (RFC 8292) from the environment; without it a demo pair is kept in
// data/vapid.json (0600) so subscriptions survive restarts.
import fs from 'node:fs'
import path from 'node:path'

import webpush from 'web-push'

import { clusterSecretsProblem, ConfigError, type Env } from '@/lib/config/env'

export interface VapidKeys {
  publicKey: string
  privateKey: string
  subject: string
  source: 'env' | 'file'
}

const BASE64URL = /^[A-Za-z0-9_-]+$/

export const DEMO_VAPID_FILE = path.resolve('data', 'vapid.json')

function decodedLength(value: string): number {
  return BASE64URL.test(value) ? Buffer.from(value, 'base64url').length : -1
}

function checkPair(publicKey: string, privateKey: string, where: string): void {
  // An uncompressed P-256 point is 65 bytes; the private scalar 32 (web-push's format).
  if (decodedLength(publicKey) !== 65) {
    throw new ConfigError(`${where}: the VAPID public key must be 65 bytes, base64url-encoded.`)
  }
  if (decodedLength(privateKey) !== 32) {
    throw new ConfigError(`${where}: the VAPID private key must be 32 bytes, base64url-encoded.`)
  }
}

/** The subject push services may contact: VAPID_SUBJECT, else derived from the site URL. */
export function vapidSubject(env: Env = process.env): string {
  const raw = env.VAPID_SUBJECT?.trim()
  if (raw) {
    if (!/^(mailto:\S+@\S+|https:\/\/\S+)$/.test(raw)) {
      throw new ConfigError('VAPID_SUBJECT must be a mailto: address or an https:// URL.')
    }
    return raw
  }
  const site = env.PLAZA_SERVER_URL?.trim()
  if (site?.startsWith('https://')) return new URL(site).origin
  // web-push insists on mailto:/https:; a reserved domain makes clear nobody reads it.
  return 'mailto:push@plaza.invalid'
}

let cached: { key: string; keys: VapidKeys } | null = null
let warned = false

/**
 * The keys in force; only one of the two env variables is refused. Production without env keys
 * only warns: the demo pair works, but losing data/ silently orphans every subscription.
 */
export function readVapidKeys(
  env: Env = process.env,
  { file = DEMO_VAPID_FILE, log = console.warn }: { file?: string; log?: (m: string) => void } = {},
): VapidKeys {
  const publicKey = env.VAPID_PUBLIC_KEY?.trim()
  const privateKey = env.VAPID_PRIVATE_KEY?.trim()
  const subject = vapidSubject(env)
  const cacheKey = `${publicKey}|${privateKey}|${subject}|${file}`
  if (cached?.key === cacheKey) return cached.keys
  let keys: VapidKeys
  if (publicKey || privateKey) {
    if (!publicKey || !privateKey) {
      throw new ConfigError('Set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither.')
    }
    checkPair(publicKey, privateKey, 'VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY')
    keys = { publicKey, privateKey, subject, source: 'env' }
  } else {
    // Instances generating their own pair would each sign for a different key.
    const clusterProblem = clusterSecretsProblem(env)
    if (clusterProblem) throw new ConfigError(clusterProblem)
    keys = { ...readOrCreateDemoPair(file), subject, source: 'file' }
    if (env.NODE_ENV === 'production' && !warned) {
      warned = true
      log(
        `plaza: VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY are not set; push notifications use the demo key pair in ${file}. Set your own (npx web-push generate-vapid-keys) before going live: losing that file invalidates every subscription.`,
      )
    }
  }
  cached = { key: cacheKey, keys }
  return keys
}

function readOrCreateDemoPair(file: string): { publicKey: string; privateKey: string } {
  if (fs.existsSync(file)) {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
    const publicKey = String(stored.publicKey ?? '')
    const privateKey = String(stored.privateKey ?? '')
    checkPair(publicKey, privateKey, file)
    return { publicKey, privateKey }
  }
  const pair = webpush.generateVAPIDKeys()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  try {
    // 'wx': two processes starting at once must not overwrite each other's pair.
    fs.writeFileSync(file, JSON.stringify(pair, null, 2) + '\n', { mode: 0o600, flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readOrCreateDemoPair(file)
    throw error
  }
  return { publicKey: pair.publicKey, privateKey: pair.privateKey }
}
