// Purges the front caches (Varnish, a CDN) when Next.js revalidates, so a publish reaches
// visitors behind them as fast as it reaches Next.js: the cache handler calls this with the tags
// Next.js expired. deploy/varnish/plaza.vcl bans the objects whose `x-plaza-path` matches, from
// the addresses its ACL allows and with PLAZA_FRONT_CACHE_SECRET; anything but slugs and file
// names is purged by banning everything.

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
 * The regex (on the object's path) that covers every tag, or null when none concerns a
 * page. Tags of shared data (src/lib/revalidation/tags.ts) are left out: every revalidation
 * of such a tag also names the paths that show it (src/lib/revalidation/affectedPaths.ts).
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
 * Sends one ban to every front cache; never throws (a front cache that is down has nothing
 * to purge, and the editor's save must succeed). Resolves to the caches that accepted it.
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
