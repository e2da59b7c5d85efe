// Every collection people act on lists its audit hooks in its own config, where a reader sees
// them (collections/X/index.ts), instead of having them added out of sight.
import { describe, expect, it } from 'vitest'

import config from '@payload-config'
import { missingAuditHooks } from '@/lib/audit/hooks'

describe('audit hooks', () => {
  it('each audited collection declares them', async () => {
    const { collections } = await config
    const ours = collections.filter((c) => !c.slug.startsWith('payload-'))
    expect(ours.length).toBeGreaterThan(10)
    expect(ours.flatMap((c) => missingAuditHooks(c))).toEqual([])
  })

  it('notices a collection that leaves one out', async () => {
    const { collections } = await config
    const users = collections.find((c) => c.slug === 'users')!
    const stripped = { ...users, hooks: { ...users.hooks, afterLogout: [] } }
    expect(missingAuditHooks(stripped)).toEqual(['users: afterLogout lacks auditLogout'])
  })
})
