import { ConfigError } from '../../src/lib/config/env'

/**
 * Runs a command-line task; configuration mistakes end it with one sentence and exit code 1
 * instead of a stack trace.
 */
export async function runCli(name: string, task: () => Promise<void>): Promise<void> {
  try {
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
