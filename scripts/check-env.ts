// Run before build and serve: a configuration mistake stops with one sentence instead of a stack
// trace; a doubtful choice is said and start-up goes on.
import { checkEnvironment, ConfigError } from '../src/lib/config/env'
import { readSearchConfig } from '../src/lib/search/config'

try {
  const { database, serverUrl, warnings } = checkEnvironment()
  const search = readSearchConfig()
  console.log(
    `plaza: ${database.kind} database, ${search.kind === 'algolia' ? 'Algolia' : 'built-in'} search, site at ${serverUrl}`,
  )
  for (const warning of warnings) console.warn(`plaza: warning: ${warning}`)
} catch (error) {
  console.error(`plaza: ${error instanceof ConfigError ? error.message : String(error)}`)
  process.exit(1)
}
