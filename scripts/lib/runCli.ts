import { ConfigError, loadDemoEnvironment, parseDatabaseUri } from '../../src/lib/config/env'

/**
 * Runs a command-line task: configuration mistakes end it with one sentence and exit code 1.
 * Without PAYLOAD_SECRET it uses the demo install in data/, as the site does.
 */
export async function runCli(name: string, task: () => Promise<void>): Promise<void> {
  try {
    loadDemoEnvironment()
    parseDatabaseUri(process.env.DATABASE_URI)
    // On Node 20, Lexical's packages awaiting their core at once can exit silently with code 13
    // (unsettled top-level await); loading the core first avoids it.
    await import('@payloadcms/richtext-lexical/lexical')
    await task()
    process.exit(0)
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`plaza: ${error.message}`)
    } else {
      console.error(`plaza ${name} failed:`, error)
    }
    process.exit(1)
  }
}
