// Which backend serves search, from the environment. Algolia needs all three keys; a partial
// configuration is a mistake worth stopping for rather than silently searching locally.
import { ConfigError } from '@/lib/config/env'

export interface AlgoliaConfig {
  kind: 'algolia'
  appId: string
  searchKey: string
  adminKey: string
  indexPrefix: string
  /** A custom host (e.g. a local stand-in in tests or a proxy): `http://127.0.0.1:8080`. */
  host?: URL
}

export type SearchConfig = { kind: 'builtin' } | AlgoliaConfig

/** A configuration mistake: the CLI and server start print its one sentence and stop. */
export class SearchConfigError extends ConfigError {}

const ALGOLIA_VARS = ['ALGOLIA_APP_ID', 'ALGOLIA_SEARCH_KEY', 'ALGOLIA_ADMIN_KEY'] as const

export function readSearchConfig(
  env: Record<string, string | undefined> = process.env,
): SearchConfig {
  const present = ALGOLIA_VARS.filter((name) => env[name]?.trim())
  if (present.length === 0) return { kind: 'builtin' }
  if (present.length < ALGOLIA_VARS.length) {
    const missing = ALGOLIA_VARS.filter((name) => !present.includes(name))
    throw new SearchConfigError(
      `Algolia is partly configured: set ${missing.join(' and ')} too, or unset ${present.join(', ')} to use the built-in search.`,
    )
  }
  const indexPrefix = env.ALGOLIA_INDEX_PREFIX?.trim() || 'plaza_'
  if (!/^[A-Za-z0-9_-]{1,60}$/.test(indexPrefix)) {
    throw new SearchConfigError(
      'ALGOLIA_INDEX_PREFIX may contain only letters, digits, "_" and "-".',
    )
  }
  let host: URL | undefined
  if (env.ALGOLIA_HOST?.trim()) {
    try {
      host = new URL(env.ALGOLIA_HOST.trim())
    } catch {
      throw new SearchConfigError('ALGOLIA_HOST must be a URL such as https://search.example.org.')
    }
  }
  return {
    kind: 'algolia',
    appId: env.ALGOLIA_APP_ID!.trim(),
    searchKey: env.ALGOLIA_SEARCH_KEY!.trim(),
    adminKey: env.ALGOLIA_ADMIN_KEY!.trim(),
    indexPrefix,
    ...(host ? { host } : {}),
  }
}

export function algoliaIndexName(
  config: Pick<AlgoliaConfig, 'indexPrefix'>,
  locale: string,
): string {
  return `${config.indexPrefix}${locale}`
}
