import { describe, expect, it } from 'vitest'

import { buildStartOnlineUrl } from '@/lib/eoffice/startOnline'

const settings = {
  baseUrl: 'https://eoffice.city.example',
  allowedHosts: ['eoffice.city.example', 'pay.city.example'],
}

describe('buildStartOnlineUrl', () => {
  it('resolves a transaction path against the configured base URL', () => {
    expect(buildStartOnlineUrl('/procedures/register-certificate', settings)).toEqual({
      ok: true,
      url: 'https://eoffice.city.example/procedures/register-certificate',
    })
  })

  it('accepts an absolute https URL on another allowlisted host', () => {
    expect(buildStartOnlineUrl('https://pay.city.example/fines?ref=1', settings)).toEqual({
      ok: true,
      url: 'https://pay.city.example/fines?ref=1',
    })
  })

  it.each([
    ['https://evil.example/x', /not on the e-office allowlist/],
    ['https://eoffice.city.example.evil.example/x', /not on the e-office allowlist/],
    ['//evil.example/x', /not on the e-office allowlist/],
    ['http://eoffice.city.example/x', /https/],
    ['javascript:alert(1)', /https/],
    ['https://user:pw@eoffice.city.example/x', /user name or password/],
    ['   ', /empty/],
  ])('refuses %s', (path, error) => {
    const result = buildStartOnlineUrl(path, settings)
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error).toMatch(error)
  })

  it('refuses everything when the base URL is not configured', () => {
    expect(buildStartOnlineUrl('/x', { baseUrl: '', allowedHosts: [] }).ok).toBe(false)
  })
})
