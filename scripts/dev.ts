// `npm run dev`: Next's development server with the configuration `npm start` uses, so that
// after the demo's first start it needs no environment (the secret and database in data/),
// and otherwise says in one sentence what is missing.
import { spawn } from 'node:child_process'
import path from 'node:path'

import { ConfigError, loadDemoEnvironment } from '../src/lib/config/env'

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
try {
  loadDemoEnvironment(env)
} catch (error) {
  if (!(error instanceof ConfigError)) throw error
  console.error(`plaza: ${error.message}`)
  process.exit(1)
}

const next = path.resolve('node_modules', '.bin', 'next')
const server = spawn(next, ['dev', ...process.argv.slice(2)], { env, stdio: 'inherit' })
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code) => process.exit(code ?? 0))
