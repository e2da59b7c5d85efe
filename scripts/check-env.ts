// `npm run build` / `npm run serve` call this first: a configuration mistake stops with one
// sentence instead of a stack trace from deep inside the server.
import { checkEnvironment, ConfigError } from '../src/lib/config/env'

try {
  const { database, serverUrl } = checkEnvironment()
  console.log(`plaza: ${database.kind} database, site at ${serverUrl}`)
} catch (error) {
  console.error(`plaza: ${error instanceof ConfigError ? error.message : String(error)}`)
  process.exit(1)
}
