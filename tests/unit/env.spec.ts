import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import {
  ConfigError,
  jobsCron,
  parseDatabaseUri,
  readJobsIntervalSeconds,
  readPayloadSecret,
} from '@/lib/config/env'

describe('parseDatabaseUri', () => {
  it('defaults to the embedded SQLite file', () => {
    expect(parseDatabaseUri(undefined)).toEqual({ kind: 'sqlite', url: 'file:./data/plaza.db' })
    expect(parseDatabaseUri('  ')).toEqual({ kind: 'sqlite', url: 'file:./data/plaza.db' })
  })

  it.each([
    ['file:/tmp/x.db', 'sqlite'],
    ['postgres://u:p@127.0.0.1:5432/plaza', 'postgres'],
    ['postgresql://127.0.0.1/plaza', 'postgres'],
    ['mongodb://127.0.0.1:27017/plaza', 'mongodb'],
    ['mongodb+srv://cluster.example/plaza', 'mongodb'],
  ])('picks the adapter for %s', (uri, kind) => {
    expect(parseDatabaseUri(uri).kind).toBe(kind)
  })

  it.each(['mysql://localhost/db', 'file:', 'postgres://', 'nonsense'])(
    'refuses %s with one sentence',
    (uri) => {
      expect(() => parseDatabaseUri(uri)).toThrow(ConfigError)
    },
  )
})

describe('readPayloadSecret', () => {
  it('refuses a missing or short secret', () => {
    expect(() => readPayloadSecret({})).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => readPayloadSecret({ PAYLOAD_SECRET: 'short' })).toThrow(/too short/)
    expect(readPayloadSecret({ PAYLOAD_SECRET: 'a-long-enough-secret-value' })).toBe(
      'a-long-enough-secret-value',
    )
  })
})

describe('jobs interval', () => {
  it('runs the queue every minute unless told otherwise, and below a minute by seconds', () => {
    expect(jobsCron({})).toBe('* * * * *')
    expect(jobsCron({ PLAZA_JOBS_INTERVAL_SECONDS: '60' })).toBe('* * * * *')
    expect(jobsCron({ PLAZA_JOBS_INTERVAL_SECONDS: ' 10 ' })).toBe('*/10 * * * * *')
  })

  it.each(['0', '4', '61', '7.5', 'ten', '-10'])('refuses %s with one clear sentence', (raw) => {
    expect(() => readJobsIntervalSeconds({ PLAZA_JOBS_INTERVAL_SECONDS: raw })).toThrow(
      /PLAZA_JOBS_INTERVAL_SECONDS must be a whole number of seconds from 5 to 60/,
    )
  })
})

describe('start-up checks', () => {
  function checkEnv(env: Record<string, string>) {
    const { PAYLOAD_SECRET: _secret, DATABASE_URI: _uri, ...base } = process.env
    return spawnSync('node_modules/.bin/tsx', ['scripts/check-env.ts'], {
      env: { ...base, ...env },
      encoding: 'utf8',
    })
  }

  it('stops with one clear sentence on a malformed DATABASE_URI', () => {
    const result = checkEnv({ DATABASE_URI: 'mysql://db/plaza', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(
      /DATABASE_URI must start with file:, postgres:\/\/ or mongodb:\/\//,
    )
  })

  it('stops with one clear sentence when PAYLOAD_SECRET is missing in production', () => {
    const result = checkEnv({ NODE_ENV: 'production' })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/PAYLOAD_SECRET is not set/)
  })

  it('passes a valid configuration', () => {
    const result = checkEnv({ DATABASE_URI: 'file:./data/x.db', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/sqlite database/)
  })

  const valid = { DATABASE_URI: 'file:./data/x.db', PAYLOAD_SECRET: 'x'.repeat(32) }

  it('says in one sentence that PLAZA_TRUSTED_PROXIES is not set, and goes on', () => {
    const unset = checkEnv({ ...valid, PLAZA_TRUSTED_PROXIES: '' })
    expect(unset.status).toBe(0)
    expect(unset.stderr.trim().split('\n')).toHaveLength(1)
    expect(unset.stderr).toMatch(/^plaza: warning: PLAZA_TRUSTED_PROXIES is not set/)
    const none = checkEnv({ ...valid, PLAZA_TRUSTED_PROXIES: '0' })
    expect(none.status).toBe(0)
    expect(none.stderr).toBe('')
  })

  it('stops with one clear sentence on an e-office webhook secret under 32 characters', () => {
    const result = checkEnv({
      ...valid,
      PLAZA_TRUSTED_PROXIES: '0',
      EOFFICE_WEBHOOK_SECRET: 'short-webhook-secret-123',
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/EOFFICE_WEBHOOK_SECRET is too short: use at least 32/)
  })
})
