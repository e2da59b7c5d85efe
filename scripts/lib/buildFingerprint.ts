// A fingerprint of everything that goes into `next build`, so `npm start` rebuilds only
// when sources, dependencies or build-time settings changed.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const INPUTS = [
  'src',
  'collections',
  'public',
  'migrations',
  'payload.config.ts',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build-sw.ts',
  'scripts/next-build.mjs',
  'scripts/lib/appScriptsAfterPaint.mjs',
]
const BUILD_ENV = [
  'PLAZA_LOCALES',
  'PLAZA_SERVER_URL',
  'DATABASE_URI',
  'NODE_ENV',
  'PLAZA_DIST_DIR',
]
const distDir = () => process.env.PLAZA_DIST_DIR || '.next'
const fingerprintFile = () => path.join(distDir(), 'plaza-fingerprint')

function walk(entry: string, files: string[]): void {
  if (!fs.existsSync(entry)) return
  const stat = fs.statSync(entry)
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), files)
  } else {
    files.push(entry)
  }
}

export function buildFingerprint(env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256')
  const files: string[] = []
  for (const input of INPUTS) walk(input, files)
  for (const file of files) {
    hash.update(file)
    hash.update(fs.readFileSync(file))
  }
  for (const name of BUILD_ENV) hash.update(`${name}=${env[name] ?? ''}`)
  return hash.digest('hex')
}

export function buildIsCurrent(env: NodeJS.ProcessEnv): boolean {
  if (!fs.existsSync(path.join(distDir(), 'BUILD_ID')) || !fs.existsSync(fingerprintFile())) {
    return false
  }
  return fs.readFileSync(fingerprintFile(), 'utf8') === buildFingerprint(env)
}

export function recordBuild(env: NodeJS.ProcessEnv): void {
  fs.writeFileSync(fingerprintFile(), buildFingerprint(env))
}
