// `npm run cluster`: Plaza as a city runs it, on this machine (README, "Running several
// instances"). Installs nothing: says what is missing. Ctrl-C stops everything.
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import webpush from 'web-push'

import { buildIsCurrent, recordBuild } from './lib/buildFingerprint'
import {
  missingBinaries,
  startInstance,
  startPostgres,
  startRedis,
  startVarnish,
  waitForHttp,
  type Part,
} from './lib/clusterParts'
import { nextBuild } from './next-build.mjs'

const [portA, portB, portVarnish, portRedis, portPg] = (
  process.env.PLAZA_CLUSTER_PORTS || '3001,3002,6081,6379,5433'
)
  .split(',')
  .map(Number)
// As root, PostgreSQL and Varnish run as their own users, who cannot enter data/ (0700).
const dir = path.resolve(
  process.env.PLAZA_CLUSTER_DIR ||
    (process.getuid?.() === 0 ? '/var/tmp/plaza-cluster' : 'data/cluster'),
)
const varnishUrl = `http://127.0.0.1:${portVarnish}`
const parts: Part[] = []
/** Set once Ctrl-C or SIGTERM asked every part to stop. */
let stopping = false
/** The migration, seed or build under way, stopped with the rest on Ctrl-C. */
let step: ChildProcess | null = null

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = (step = spawn(command, args, { env, stdio: 'inherit' }))
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

function sharedSecrets(): Record<string, string> {
  const file = path.join(dir, 'secrets.json')
  if (!fs.existsSync(file)) {
    const vapid = webpush.generateVAPIDKeys()
    const secrets = {
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      PLAZA_FRONT_CACHE_SECRET: crypto.randomBytes(24).toString('hex'),
    }
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 })
    console.log(`cluster: generated the instances' shared secrets in ${file}`)
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>
  // What the environment sets wins: the same values then go to every instance.
  return Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, process.env[k] || v]))
}

async function ensureDatabase(url: string) {
  const { default: pg } = await import('pg')
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['plaza'])
    if (exists.rowCount === 0) await client.query('CREATE DATABASE plaza')
  } finally {
    await client.end()
  }
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  await db.query('CREATE EXTENSION IF NOT EXISTS postgis').finally(() => db.end())
}

async function stopAll() {
  step?.kill('SIGTERM')
  for (const part of parts.reverse()) await part.stop().catch(() => undefined)
}

/** Says which Debian packages to install and exits when one is missing. */
function checkBinaries() {
  const missing = missingBinaries()
  if (missing.length === 0) return
  console.error(
    `cluster: missing Debian packages: ${missing.join(' ')}\n  sudo apt-get install -y ${missing.join(' ')}`,
  )
  process.exit(1)
}

/** Ctrl-C (or SIGTERM) stops every part, once. */
function stopOnSignals() {
  const onSignal = () => {
    if (stopping) return
    stopping = true
    console.log('\ncluster: stopping…')
    stopAll().then(() => process.exit(0))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}

/** PostgreSQL with its own data in `dir`, holding the database plaza; its URL. */
async function startDatabase() {
  parts.push(await startPostgres(portPg, dir))
  const databaseUri = `postgres://postgres@127.0.0.1:${portPg}/plaza`
  await ensureDatabase(databaseUri)
  return databaseUri
}

/** What every instance shares: the secrets, the database, Redis and Varnish in front. */
function instancesEnv(databaseUri: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...sharedSecrets(),
    DATABASE_URI: databaseUri,
    REDIS_URL: `redis://127.0.0.1:${portRedis}`,
    PLAZA_FRONT_CACHES: varnishUrl,
    PLAZA_FRONT_COMPRESSES: '1',
    PLAZA_INSTANCES: '2',
    PLAZA_DIST_DIR: process.env.PLAZA_DIST_DIR || '.next-cluster',
    PLAZA_MEDIA_DIR: process.env.PLAZA_MEDIA_DIR || path.join(dir, 'media'),
    PLAZA_SERVER_URL: process.env.PLAZA_SERVER_URL || varnishUrl,
    PLAZA_TRUSTED_PROXIES: process.env.PLAZA_TRUSTED_PROXIES || '1',
  }
}

/** Migrates and seeds the database, then builds the site unless the build is current. */
async function prepareAndBuild(env: NodeJS.ProcessEnv) {
  const tsx = path.resolve('node_modules/.bin/tsx')
  // The shared cache is chosen when an instance starts (next.config.mjs): the migration,
  // seed and build keep to their own.
  const { REDIS_URL: _redis, PLAZA_FRONT_CACHES: _caches, ...local } = env
  await run(tsx, ['scripts/prepare.ts'], local)
  if (buildIsCurrent(local)) {
    console.log('cluster: the build is current; skipping next build.')
    return
  }
  console.log('cluster: building the site (about 2 minutes on 2 cores)…')
  await nextBuild((command, args) => run(command, args, local), local.PLAZA_DIST_DIR)
  await run(tsx, ['scripts/build-sw.ts'], local)
  recordBuild(local)
}

/** Instance A (jobs) and B (PLAZA_JOBS=off), once both serve a page. */
async function startInstances(env: NodeJS.ProcessEnv) {
  const instance = (name: string, port: number, jobs: boolean) =>
    startInstance(
      name,
      port,
      {
        ...env,
        PLAZA_INTERNAL_URL: `http://127.0.0.1:${port}`,
        ...(jobs ? {} : { PLAZA_JOBS: 'off' }),
      },
      path.join(dir, `${name}.log`),
    )
  parts.push(instance('plaza-a', portA, true), instance('plaza-b', portB, false))
  await Promise.all([
    waitForHttp(`http://127.0.0.1:${portA}/en`),
    waitForHttp(`http://127.0.0.1:${portB}/en`),
  ])
}

/** Says where everything runs, and from now on when a part exits by itself. */
function announce(databaseUri: string) {
  console.log(`
Plaza is running as a cluster: ${varnishUrl}  ·  admin ${varnishUrl}/admin
  instances http://127.0.0.1:${portA} (jobs) and http://127.0.0.1:${portB} (PLAZA_JOBS=off)
  PostgreSQL ${databaseUri}  ·  Redis redis://127.0.0.1:${portRedis}  ·  logs in ${dir}/
  Demo logins: data/demo-logins.txt. Ctrl-C stops everything.`)
  for (const part of parts) {
    part.process?.on('exit', (code, signal) => {
      if (!stopping)
        console.error(`cluster: ${part.name} exited (${code ?? signal}); the others keep running`)
    })
  }
}

async function main() {
  checkBinaries()
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  stopOnSignals()
  const databaseUri = await startDatabase()
  parts.push(await startRedis(portRedis, dir))
  const env = instancesEnv(databaseUri)
  await prepareAndBuild(env)
  await startInstances(env)
  parts.push(
    await startVarnish({
      port: portVarnish,
      backends: [portA, portB],
      secret: env.PLAZA_FRONT_CACHE_SECRET!,
      dir,
    }),
  )
  announce(databaseUri)
}

main().catch(async (error) => {
  console.error(`cluster: ${error instanceof Error ? error.message : String(error)}`)
  await stopAll()
  process.exit(1)
})
