// Links into the electronic office are built in one place, from the configured base URL
// and an allowlist of hosts, so that no procedure can send a citizen to a look-alike site.

export type Identification = 'none' | 'password' | 'certificate'

export interface EOfficeSettings {
  baseUrl: string
  allowedHosts: string[]
}

export type StartOnlineResult = { ok: true; url: string } | { ok: false; error: string }

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '')
}

export function isAllowedHost(host: string, allowedHosts: string[]): boolean {
  const wanted = normaliseHost(host)
  return allowedHosts.some((allowed) => normaliseHost(allowed) === wanted)
}

/**
 * The "Start online" URL for a procedure: a path on the e-office, or an absolute https URL
 * whose host is on the allowlist.
 */
export function buildStartOnlineUrl(
  transactionPath: string,
  settings: EOfficeSettings,
): StartOnlineResult {
  const raw = transactionPath.trim()
  if (!raw) return { ok: false, error: 'The e-office transaction path is empty.' }
  let base: URL
  try {
    base = new URL(settings.baseUrl)
  } catch {
    return { ok: false, error: 'The e-office base URL in site settings is not a valid URL.' }
  }
  let url: URL
  try {
    url = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? new URL(raw) : new URL(raw, base)
  } catch {
    return { ok: false, error: `"${raw.slice(0, 80)}" is not a valid e-office path or URL.` }
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && base.protocol === 'http:')) {
    return { ok: false, error: 'E-office links must use https.' }
  }
  if (url.username || url.password) {
    return { ok: false, error: 'E-office links must not contain a user name or password.' }
  }
  if (!isAllowedHost(url.hostname, settings.allowedHosts)) {
    return {
      ok: false,
      error: `The host "${url.hostname}" is not on the e-office allowlist in site settings (allowed: ${settings.allowedHosts.join(', ') || 'none'}).`,
    }
  }
  return { ok: true, url: url.toString() }
}
