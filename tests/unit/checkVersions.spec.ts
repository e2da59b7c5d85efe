import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import { compareVersions, versionProblems } from '../../scripts/check-versions'

const lock = (versions: Record<string, string>) => ({
  packages: Object.fromEntries(
    Object.entries(versions).map(([name, version]) => [`node_modules/${name}`, { version }]),
  ),
})

describe('check-versions (docs/SECURITY.md)', () => {
  it('compares versions numerically, pre-releases below their release', () => {
    expect(compareVersions('3.90.2', '3.79.1')).toBe(1)
    expect(compareVersions('3.79.1', '3.79.1')).toBe(0)
    expect(compareVersions('3.9.0', '3.79.1')).toBe(-1)
    expect(compareVersions('16.2.6-canary.1', '16.2.6')).toBe(-1)
    expect(compareVersions('16.10.0', '16.2.6')).toBe(1)
  })

  it('passes the committed lockfile', () => {
    expect(versionProblems(JSON.parse(fs.readFileSync('package-lock.json', 'utf8')))).toEqual([])
  })

  it('fails versions below the fixes and Payload packages out of step', () => {
    expect(versionProblems(lock({ payload: '3.79.0', next: '16.2.6' }))).toEqual([
      'payload 3.79.0 is below 3.79.1 (where-injection on JSON/richText, forgot-password takeover, CSRF bypass with serverURL, upload SSRF).',
      'payload 3.79.0 is below 3.89.0 (any logged-in user could unlock others by default (≤ 3.88)).',
    ])
    expect(versionProblems(lock({ payload: '3.88.9', next: '16.2.5' }))).toEqual([
      'payload 3.88.9 is below 3.89.0 (any logged-in user could unlock others by default (≤ 3.88)).',
      'next 16.2.5 is below 16.2.6 (middleware bypass (CVE-2025-29927) and the May-2026 batch).',
    ])
    expect(
      versionProblems(
        lock({
          payload: '3.90.2',
          next: '16.4.6',
          '@payloadcms/ui': '3.80.0',
          '@payloadcms/translations': '3.90.2',
        }),
      ),
    ).toEqual(['@payloadcms/ui 3.80.0 differs from payload 3.90.2: upgrade them together.'])
    expect(versionProblems(lock({ next: '16.4.6' }))).toEqual([
      'payload is not in package-lock.json.',
    ])
  })
})
