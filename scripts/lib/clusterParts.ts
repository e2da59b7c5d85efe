// The several-instances topology on one machine from Debian's binaries, each part a child
// process with a stop(). Installs nothing: missingBinaries() says what to install.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export const PG_BIN = '/usr/lib/postgresql/15/bin'
const root = path.resolve(import.meta.dirname, '../..')

/** The Debian packages whose binaries are not on this machine (empty when all are). */
export function missingBinaries({ postgres = true } = {}): string[] {
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
  const missing: string[] = []
  if (!has('redis-server')) missing.push('redis-server')
  if (!has('varnishd') && !fs.existsSync('/usr/sbin/varnishd')) missing.push('varnish')
  if (postgres && !fs.existsSync(path.join(PG_BIN, 'initdb'))) missing.push('postgresql-15')
  if (postgres && !fs.existsSync('/usr/share/postgresql/15/extension/postgis.control'))
    missing.push('postgresql-15-postgis-3')
  return missing
}

export interface Part {
  name: string
  process: ChildProcess | null
  stop: () => Promise<void>
}

function waitExit(child: ChildProcess, ms: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve()
    }, ms)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

function launch(name: string, cmd: string, args: string[], log: string, env = process.env): Part {
  const out = fs.openSync(log, 'a')
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', out, out] })
  fs.closeSync(out)
  return {
    name,
    process: child,
    stop: async () => {
      child.kill('SIGTERM')
      await waitExit(child, 10_000)
    },
  }
}

/** Resolves once something accepts TCP connections on the port, or throws after `ms`. */
export async function waitForPort(port: number, ms = 30_000, what = `port ${port}`) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${what} did not open within ${ms / 1000} s`)
}

/** Resolves once `url` answers 200, or throws after `ms`. */
export async function waitForHttp(url: string, ms = 180_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
      await response.arrayBuffer()
      if (response.status === 200) return
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer 200 within ${ms / 1000} s`)
}

export async function startRedis(port: number, dir: string): Promise<Part> {
  const part = launch(
    'redis',
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    path.join(dir, 'redis.log'),
  )
  await waitForPort(port, 15_000, 'Redis')
  return part
}

/**
 * Varnish with deploy/varnish/plaza.vcl, its backends moved to `backends` and the purge
 * secret filled in (the copy is written to `dir`).
 */
export async function startVarnish({
  port,
  backends,
  secret,
  dir,
}: {
  port: number
  backends: [number, number]
  secret: string
  dir: string
}): Promise<Part> {
  const vcl = fs
    .readFileSync(path.join(root, 'deploy/varnish/plaza.vcl'), 'utf8')
    .replace('.port = "3001"', `.port = "${backends[0]}"`)
    .replace('.port = "3002"', `.port = "${backends[1]}"`)
    .replace('"PLAZA_FRONT_CACHE_SECRET"', JSON.stringify(secret))
  // Run as root, varnishd compiles and serves as its own user: it must reach this folder.
  const workDir = path.join(dir, 'varnish')
  fs.mkdirSync(workDir, { recursive: true, mode: 0o755 })
  fs.chmodSync(dir, 0o711)
  const vclFile = path.join(workDir, 'plaza.vcl')
  fs.writeFileSync(vclFile, vcl, { mode: 0o644 })
  const varnishd = fs.existsSync('/usr/sbin/varnishd') ? '/usr/sbin/varnishd' : 'varnishd'
  const part = launch(
    'varnish',
    varnishd,
    [
      '-F',
      '-a',
      `127.0.0.1:${port}`,
      '-T',
      'none',
      '-f',
      vclFile,
      '-n',
      workDir,
      '-s',
      'malloc,128m',
      '-p',
      'ban_lurker_sleep=0.01',
    ],
    path.join(dir, 'varnish.log'),
  )
  await waitForPort(port, 30_000, 'Varnish')
  return part
}

/** `next start` on the production build in PLAZA_DIST_DIR (env), on 127.0.0.1:port. */
export function startInstance(name: string, port: number, env: NodeJS.ProcessEnv, log: string) {
  return launch(
    name,
    path.join(root, 'node_modules/.bin/next'),
    ['start', '-H', '127.0.0.1', '-p', String(port)],
    log,
    { ...env, PORT: String(port), NODE_ENV: 'production' },
  )
}

const asPostgres = (command: string) =>
  process.getuid?.() === 0
    ? (['su', ['postgres', '-c', command]] as const)
    : (['sh', ['-c', command]] as const)

/** A private PostgreSQL cluster in dir/pg (created with initdb the first time). */
export async function startPostgres(port: number, dir: string): Promise<Part> {
  // Run as root, PostgreSQL runs as the postgres user, which owns pg/ and can reach it.
  const pgDir = path.join(dir, 'pg')
  const data = path.join(pgDir, 'data')
  fs.mkdirSync(pgDir, { recursive: true, mode: 0o700 })
  const run = (command: string) => {
    const [cmd, args] = asPostgres(command)
    const result = spawnSync(cmd, [...args], { encoding: 'utf8' })
    if (result.status !== 0) throw new Error(`${command}: ${result.stderr || result.stdout}`)
  }
  if (process.getuid?.() === 0) {
    fs.chmodSync(dir, 0o711)
    spawnSync('chown', ['-R', 'postgres', pgDir])
  }
  if (!fs.existsSync(path.join(data, 'PG_VERSION'))) {
    run(`${PG_BIN}/initdb -D ${data} -A trust -U postgres >/dev/null`)
  }
  run(
    `${PG_BIN}/pg_ctl -D ${data} -l ${pgDir}/postgres.log -w -o "-p ${port} -k ${pgDir} -c listen_addresses=127.0.0.1" start >/dev/null`,
  )
  return {
    name: 'postgres',
    process: null,
    stop: async () => run(`${PG_BIN}/pg_ctl -D ${data} -m fast stop >/dev/null`),
  }
}

/**
 * A TCP relay to a PostgreSQL server that the tests can cut (every connection reset, new
 * ones refused) and restore, as if the database stopped and came back.
 */
export function startRelay(listenPort: number, target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host)
        for (const s of [client, upstream]) {
          sockets.add(s)
          s.on('error', () => undefined).on('close', () => {
            sockets.delete(s)
            client.destroy()
            upstream.destroy()
          })
        }
        client.pipe(upstream).pipe(client)
      })
      server.listen(listenPort, '127.0.0.1', () => resolve())
    })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve()
      server.close(() => resolve())
      server = null
      for (const s of sockets) s.destroy()
      sockets.clear()
    })
  return { start, stop }
}
