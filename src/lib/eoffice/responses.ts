// What the e-office endpoints share: their context, uncached responses and body reading.
import type { Payload } from 'payload'

import { readServerUrl, type Env } from '@/lib/config/env'
import { defaultLocale, isLocale } from '@/lib/i18n/locales'

export interface HandlerContext {
  payload: Payload
  env?: Env
}

export const NO_STORE = { 'Cache-Control': 'no-store' }

/** The inbox path for a locale: where every citizen flow starts and ends. */
export function inboxPath(locale: string): string {
  return `/${isLocale(locale) ? locale : defaultLocale}/my/notifications`
}

export function redirect(env: Env, path: string, cookies: string[] = []): Response {
  const headers = new Headers({ ...NO_STORE, Location: `${readServerUrl(env)}${path}` })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 303, headers })
}

export function json(status: number, body: unknown, cookies: string[] = []): Response {
  const headers = new Headers({ ...NO_STORE, 'Content-Type': 'application/json' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(JSON.stringify(body), { status, headers })
}

export function localeOf(path: string): string {
  const first = path.split('/')[1]
  return isLocale(first) ? first : defaultLocale
}

/** A form post or a JSON body, as strings; anything unreadable is an empty body. */
export async function formOrJson(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get('content-type') ?? ''
  try {
    if (type.includes('application/json')) {
      const body = await request.json()
      return body && typeof body === 'object' && !Array.isArray(body) ? body : {}
    }
    if (type.includes('form')) {
      const form = await request.formData()
      return Object.fromEntries(
        [...form.entries()].filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>
    }
  } catch {
    // An unreadable body is treated as an empty one: every field is optional or checked.
  }
  return {}
}
