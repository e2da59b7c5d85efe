// Bans in the front caches the paths of the tags Next.js expired, so a publish reaches visitors
// behind Varnish or a CDN as fast as it reaches Next.js (deploy/varnish/plaza.vcl checks the secret).

const IMPLICIT = '_N_T_'
// Paths are slugs and file names; anything else is purged by banning everything.
const SAFE_PATH = /^\/[A-Za-z0-9/_.~\-[\]()]*$/

/** Regex-special characters written as one-character classes: no backslashes in a ban. */
function literal(text) {
  return text.replace(/[.+*?$()|{}]/g, (c) => `[${c}]`)
}

/** A route path (with [param] segments and (group) segments) as an anchored-prefix regex. */
function routeRegex(path) {
  const segments = path
    .split('/')
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? '[^/]+' : literal(s)))
  return `/${segments.join('/')}`
}

/**
 * The path regex covering every page tag, or null. Data tags are skipped: their revalidations
 * also name the paths that show them (src/lib/revalidation/affectedPaths.ts).
 * @param {string[]} tags
 * @returns {string | null}
 */
export function banRegexForTags(tags) {
  const parts = new Set()
  for (const tag of tags) {
    if (!tag.startsWith(IMPLICIT)) continue
    let path = tag.slice(IMPLICIT.length) || '/'
    if (!SAFE_PATH.test(path)) return '^/'
    if (path === '/layout' || path === '/index/layout') return '^/'
    if (path.endsWith('/layout')) {
      parts.add(`^${routeRegex(path.slice(0, -'/layout'.length))}(/|$)`)
      continue
    }
    if (path.endsWith('/page')) path = path.slice(0, -'/page'.length) || '/'
    if (path === '/index') path = '/'
    parts.add(`^${routeRegex(path)}$`)
  }
  if (parts.size === 0) return null
  return [...parts].join('|')
}

/**
 * The front caches to purge: PLAZA_FRONT_CACHES, comma-separated base URLs.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string[]}
 */
export function frontCaches(env = process.env) {
  return (env.PLAZA_FRONT_CACHES ?? '')
    .split(',')
    .map((u) => u.trim().replace(/\/+$/, ''))
    .filter((u) => /^https?:\/\/[^/\s]+$/.test(u))
}

/**
 * Sends one ban to every front cache and never throws: the editor's save must succeed.
 * @param {string[]} tags
 * @param {Record<string, string | undefined>} [env]
 * @returns {Promise<string[]>}
 */
export async function purgeFrontCaches(tags, env = process.env) {
  const caches = frontCaches(env)
  const regex = caches.length ? banRegexForTags(tags) : null
  if (!regex) return []
  const secret = env.PLAZA_FRONT_CACHE_SECRET?.trim() ?? ''
  const results = await Promise.all(
    caches.map(async (base) => {
      try {
        const response = await fetch(`${base}/`, {
          method: 'BAN',
          headers: { 'x-plaza-ban': regex, 'x-plaza-purge-secret': secret },
          signal: AbortSignal.timeout(2000),
        })
        await response.arrayBuffer().catch(() => undefined)
        if (response.ok) return base
        console.warn(`plaza: front cache ${base} refused the purge (${response.status})`)
      } catch (error) {
        console.warn(`plaza: front cache ${base} unreachable for the purge: ${String(error)}`)
      }
      return null
    }),
  )
  return results.filter((r) => r !== null)
}
