// docs/SECURITY.md: each demo account gets its own generated password, kept only in
// an owner-only logins file in an owner-only folder, and shown in full by the start that
// created them, never again; PLAZA_DEMO_PASSWORD (the tests' and e2e's) still sets them all.
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { demoLoginsNotice } from '@/lib/seed/demoLogins'
import { emptySummary, type SeedRun } from '@/lib/seed/seedRun'
import { DEMO_USERS, seedUsers } from '@/lib/seed/seedUsers'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.cleanup()
})

beforeEach(async () => {
  await payload.delete({
    collection: 'users',
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    overrideAccess: true,
  })
})

const newRun = (): SeedRun => ({
  payload,
  log: () => {},
  clock: { now: new Date(), timeZone: 'Europe/Madrid' },
  summary: emptySummary(),
})

const canSignIn = async (email: string, password: string) =>
  Boolean(
    (await payload.login({ collection: 'users', data: { email, password } }).catch(() => null))
      ?.user,
  )

describe('demo accounts', () => {
  it('gives each account its own password, in an owner-only file in an owner-only folder', async () => {
    const file = path.join(ctx.dir, 'fresh-data', 'demo-logins.txt')
    const run = newRun()
    await seedUsers(run, undefined, file)
    const logins = run.summary.logins
    expect(logins.map((login) => login.role)).toEqual(['admin', 'editor', 'contributor'])
    expect(new Set(logins.map((login) => login.password)).size).toBe(3)
    for (const { email, password } of logins) expect(await canSignIn(email, password)).toBe(true)
    // One account's password opens no other.
    expect(await canSignIn(logins[1]!.email, logins[0]!.password)).toBe(false)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700)
    const text = fs.readFileSync(file, 'utf8')
    for (const { role, email, password } of logins) {
      expect(text).toContain(`${role} ${email} ${password}\n`)
    }
  })

  it('uses the one password it is given for all (PLAZA_DEMO_PASSWORD)', async () => {
    const run = newRun()
    await seedUsers(run, 'e2e-demo-password-42', null)
    expect(run.summary.logins.map((login) => login.password)).toEqual(
      Array(3).fill('e2e-demo-password-42'),
    )
    expect(await canSignIn('contributor@plaza.example', 'e2e-demo-password-42')).toBe(true)
  })

  it('shows the passwords on the start that created them, and only where they are after', async () => {
    const file = path.join(ctx.dir, 'notice', 'demo-logins.txt')
    const run = newRun()
    await seedUsers(run, undefined, file)
    const first = demoLoginsNotice(file, { createdNow: true })
    const later = demoLoginsNotice(file, { createdNow: false })
    for (const { password } of run.summary.logins) {
      expect(first).toContain(password)
      expect(later).not.toContain(password)
    }
    expect(later).toContain('demo-logins.txt')
    expect(demoLoginsNotice(path.join(ctx.dir, 'none.txt'), { createdNow: false })).toBe('')
  })
})
