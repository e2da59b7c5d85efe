// The build's seeded city served as a cluster (PostgreSQL behind a cuttable relay, Redis,
// instances A and B, Varnish) for tests/cluster and bench/cluster.ts.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import webpush from 'web-push'

import {
  startInstance,
  startRedis,
  startRelay,
  startVarnish,
  waitForHttp,
  type Part,
} from './clusterParts'
import { psql } from './psql'

const root = path.resolve(import.meta.dirname, '../..')

export interface ClusterCityOptions {
  /** A, B, Varnish, Redis, the PostgreSQL relay. */
  ports: [number, number, number, number, number]
  work: string
  distDir: string
  sqliteSource: string
  pgServer: string
  /** Extra environment for both instances (e.g. a low rate limit). */
  env?: Record<string, string>
  /**
   * Reach PostgreSQL through the relay that can be cut (default). The relay runs in this
   * process: a bench that also polls in it would slow every query of every render.
   */
  viaRelay?: boolean
  log?: (line: string) => void
}

function tsx(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync('node_modules/.bin/tsx', args, { cwd: root, env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${args.join(' ')}:\n${result.stdout}\n${result.stderr}`)
}

type Parts = { a: Part | null; b: Part | null; redis: Part | null; varnish: Part | null }

/** What the city's processes share: fresh for every cluster. */
interface Secrets {
  payload: string
  purge: string
  vapid: { publicKey: string; privateKey: string }
}

/** The build's city exported from its SQLite file into a backup archive in `work`. */
function exportCity(options: ClusterCityOptions, offline: NodeJS.ProcessEnv) {
  const archive = path.join(options.work, 'city.zip')
  tsx(['scripts/backup.ts', '--out', archive], {
    ...offline,
    DATABASE_URI: `file:${options.sqliteSource}`,
    PLAZA_MEDIA_DIR: path.join(path.dirname(options.sqliteSource), 'media'),
  })
  return archive
}

/** The archive restored into the (created) database `dbName`; its direct URL. */
async function restoreCity(
  options: ClusterCityOptions,
  dbName: string,
  archive: string,
  offline: NodeJS.ProcessEnv,
) {
  await psql(options.pgServer, 'CREATE EXTENSION IF NOT EXISTS postgis', dbName)
  const direct = new URL(options.pgServer)
  direct.pathname = `/${dbName}`
  tsx(['scripts/restore.ts', archive], {
    ...offline,
    DATABASE_URI: direct.toString(),
    PLAZA_MEDIA_DIR: path.join(options.work, 'media'),
  })
  return direct
}

/** The environment of instance A (`jobs`) or B, reaching PostgreSQL at `databaseUri`. */
function instanceEnv(
  options: ClusterCityOptions,
  secrets: Secrets,
  databaseUri: string,
  varnishUrl: string,
) {
  const portRedis = options.ports[3]
  return (port: number, jobs: boolean): NodeJS.ProcessEnv => ({
    ...process.env,
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: secrets.payload,
    VAPID_PUBLIC_KEY: secrets.vapid.publicKey,
    VAPID_PRIVATE_KEY: secrets.vapid.privateKey,
    PLAZA_DIST_DIR: options.distDir,
    PLAZA_MEDIA_DIR: path.join(options.work, 'media'),
    PLAZA_SERVER_URL: varnishUrl,
    PLAZA_INTERNAL_URL: `http://127.0.0.1:${port}`,
    PLAZA_TRUSTED_PROXIES: '0',
    REDIS_URL: `redis://127.0.0.1:${portRedis}`,
    PLAZA_FRONT_CACHES: varnishUrl,
    PLAZA_FRONT_COMPRESSES: '1',
    PLAZA_FRONT_CACHE_SECRET: secrets.purge,
    PLAZA_INSTANCES: '2',
    ...options.env,
    ...(jobs ? {} : { PLAZA_JOBS: 'off' }),
  })
}

/** Instance A's life: (re)start it once the previous A exited, kill it, stop it by signal. */
function instanceA(
  parts: Parts,
  options: ClusterCityOptions,
  env: (port: number, jobs: boolean) => NodeJS.ProcessEnv,
) {
  const portA = options.ports[0]
  let runs = 0
  const startA = async () => {
    const previous = parts.a?.process
    if (previous && previous.exitCode === null && previous.signalCode === null)
      await new Promise((resolve) => previous.once('exit', resolve))
    parts.a = startInstance(
      'plaza-a',
      portA,
      env(portA, true),
      path.join(options.work, `a${runs++ || ''}.log`),
    )
    await waitForHttp(`http://127.0.0.1:${portA}/en`)
  }
  return {
    startA,
    /** Kills A at once (no graceful shutdown), as a crash would. */
    killA: () => parts.a?.process?.kill('SIGKILL'),
    /** Sends A `signal` (SIGTERM: a graceful stop, as a rolling restart); resolves once it exited. */
    stopA: (signal: NodeJS.Signals) => {
      const child = parts.a?.process
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.kill(signal)
      return exited
    },
  }
}

/** Redis, B and A (each on the restored database), then Varnish in front of both. */
async function startServers(
  parts: Parts,
  options: ClusterCityOptions,
  env: (port: number, jobs: boolean) => NodeJS.ProcessEnv,
  purgeSecret: string,
) {
  const [portA, portB, portVarnish, portRedis] = options.ports
  parts.redis = await startRedis(portRedis, options.work)
  const a = instanceA(parts, options, env)
  parts.b = startInstance('plaza-b', portB, env(portB, false), path.join(options.work, 'b.log'))
  await Promise.all([a.startA(), waitForHttp(`http://127.0.0.1:${portB}/en`)])
  parts.varnish = await startVarnish({
    port: portVarnish,
    backends: [portA, portB],
    secret: purgeSecret,
    dir: options.work,
  })
  return {
    ...a,
    stopRedis: async () => {
      await parts.redis?.stop()
      parts.redis = null
    },
    startRedis: async () => {
      parts.redis = await startRedis(portRedis, options.work)
    },
  }
}

export async function startClusterCity(options: ClusterCityOptions) {
  const { ports, distDir, sqliteSource, pgServer, log = console.log } = options
  const [portA, portB, portVarnish, , portRelay] = ports
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID')))
    throw new Error(`No build in ${distDir}.`)
  if (!fs.existsSync(sqliteSource)) throw new Error(`No SQLite city at ${sqliteSource}.`)
  const started = Date.now()
  const secrets: Secrets = {
    payload: `cluster-${crypto.randomBytes(16).toString('hex')}`,
    purge: crypto.randomBytes(16).toString('hex'),
    vapid: webpush.generateVAPIDKeys(),
  }
  const offline = { ...process.env, PAYLOAD_SECRET: secrets.payload, PLAZA_INTERNAL_URL: 'off' }
  const dbName = `plaza_cluster_${Date.now()}`
  const urls = {
    A: `http://127.0.0.1:${portA}`,
    B: `http://127.0.0.1:${portB}`,
    V: `http://127.0.0.1:${portVarnish}`,
  }

  const archive = exportCity(options, offline)
  await psql(pgServer, `CREATE DATABASE ${dbName}`)
  const parts: Parts = { a: null, b: null, redis: null, varnish: null }
  const target = new URL(pgServer)
  const relay = startRelay(portRelay, { host: target.hostname, port: Number(target.port || 5432) })
  const stop = async () => {
    for (const part of [parts.a, parts.b, parts.varnish, parts.redis]) {
      await part?.stop().catch(() => undefined)
    }
    await relay.stop()
    await psql(pgServer, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined)
  }
  try {
    const direct = await restoreCity(options, dbName, archive, offline)
    log(
      `     city restored into PostgreSQL database ${dbName} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    )
    if (options.viaRelay !== false) await relay.start()
    const viaRelay = new URL(direct)
    viaRelay.host = `127.0.0.1:${portRelay}`
    const databaseUri = (options.viaRelay === false ? direct : viaRelay).toString()
    const env = instanceEnv(options, secrets, databaseUri, urls.V)
    const controls = await startServers(parts, options, env, secrets.purge)
    return { ...urls, purgeSecret: secrets.purge, relay, stop, ...controls }
  } catch (error) {
    await stop()
    throw error
  }
}

/** Signs in through `base`; the token, or null with the status. */
export async function login(base: string, email: string, password: string) {
  const response = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json().catch(() => ({}))) as { token?: string }
  return { status: response.status, token: body.token ?? null }
}

/** The first service as the editor sees it (id, slug, English title). */
export async function firstService(base: string, token: string) {
  const response = await fetch(`${base}/api/services?limit=1&locale=en&depth=0&sort=id`, {
    headers: { authorization: `JWT ${token}` },
  })
  const list = (await response.json()) as { docs: { id: number; slug: string; title: string }[] }
  return list.docs[0]!
}

/** Publishes a new English title for a service through `base`; the HTTP status. */
export async function retitle(base: string, token: string, id: number | string, title: string) {
  const response = await fetch(`${base}/api/services/${id}?locale=en`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  await response.arrayBuffer()
  return response.status
}

/** The first heading's text: what a visitor reads as the page's title. */
export const firstHeading = (html: string) =>
  (html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '').replace(/<[^>]+>/g, '').trim()
