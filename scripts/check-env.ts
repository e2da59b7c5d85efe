// `npm run build` / `npm run serve` call this first: a configuration mistake stops with one
// sentence instead of a stack trace from deep inside the server.
import { checkEnvironment, ConfigError } from '../src/lib/config/env'
import { readSearchConfig } from '../src/lib/search/config'

try {
  const { database, serverUrl } = checkEnvironment()
  const search = readSearchConfig()
  console.log(
    `plaza: ${database.kind} database, ${search.kind === 'algolia' ? 'Algolia' : 'built-in'} search, site at ${serverUrl}`,
  )
} catch (error) {
  console.error(`plaza: ${error instanceof ConfigError ? error.message : String(error)}`)
  process.exit(1)
}
