// `npm start`: the demo city from a fresh clone with no database server or configuration;
// rebuilds only when the sources changed.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import {
  checkEnvironment,
  clusterSecretsProblem,
  ConfigError,
  DEMO_SECRET_FILE,
  loadDemoEnvironment,
} from '../src/lib/config/env'
import { demoLoginsFileFor, demoLoginsNotice } from '../src/lib/seed/demoLogins'
import { buildIsCurrent, recordBuild } from './lib/buildFingerprint'
import { nextBuild } from './next-build.mjs'

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' })
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })
}

/** data/ holds the database, the demo secret and logins: readable by its owner only. */
function ensurePrivateDataDir(): void {
  fs.mkdirSync('data', { recursive: true, mode: 0o700 })
  try {
    fs.chmodSync('data', 0o700)
  } catch {
    // Not ours to change (a mounted volume): leave it as its owner set it.
  }
}

function ensureDemoSecret(): void {
  ensurePrivateDataDir()
  if (env.PAYLOAD_SECRET || fs.existsSync(DEMO_SECRET_FILE)) return
  fs.writeFileSync(DEMO_SECRET_FILE, randomBytes(32).toString('hex'), { mode: 0o600 })
  console.log('plaza: generated a secret for the demo in data/.payload-secret')
}

function printLogins(port: string, loginsFile: string, createdNow: boolean): void {
  console.log(
    `\nPlaza is running: site http://localhost:${port}  ·  admin http://localhost:${port}/admin`,
  )
  const notice = demoLoginsNotice(loginsFile, { createdNow })
  if (notice) console.log(notice)
}

async function main(): Promise<void> {
  // Several instances: no secret of its own (src/lib/config/env.ts, clusterSecretsProblem).
  const clusterProblem = clusterSecretsProblem(env)
  if (clusterProblem) {
    console.error(`plaza: ${clusterProblem}`)
    process.exit(1)
  }
  ensureDemoSecret()
  try {
    // The same rule as every command-line tool: no PAYLOAD_SECRET means the demo install.
    loadDemoEnvironment(env)
    for (const warning of checkEnvironment(env).warnings) console.warn(`plaza: warning: ${warning}`)
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`plaza: ${error.message}`)
      process.exit(1)
    }
    throw error
  }
  const tsx = path.resolve('node_modules/.bin/tsx')
  const next = path.resolve('node_modules/.bin/next')
  // The logins are printed in full only by the start that created them.
  const loginsFile = demoLoginsFileFor(env.DATABASE_URI)
  const hadLogins = fs.existsSync(loginsFile)
  await run(tsx, ['scripts/prepare.ts'])
  const createdNow = !hadLogins && fs.existsSync(loginsFile)
  if (buildIsCurrent(env)) {
    console.log('plaza: the build is current; skipping next build.')
  } else {
    console.log('plaza: building the site (about 2 minutes on 2 cores)…')
    await nextBuild(run)
    // The city app's service worker and its precache list come from the build's output.
    await run(tsx, ['scripts/build-sw.ts'])
    recordBuild(env)
  }
  const port = env.PORT || '3000'
  const host = env.HOST || '127.0.0.1'
  const server = spawn(next, ['start', '-p', port, '-H', host], {
    env,
    stdio: ['inherit', 'pipe', 'inherit'],
  })
  let announced = false
  server.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (!announced && /Ready|started server/i.test(chunk.toString())) {
      announced = true
      printLogins(port, loginsFile, createdNow)
    }
  })
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error) => {
  console.error(`plaza: start failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
