// Fills the database with the demo city of Villamar (English and Spanish). Applies the
// committed migrations first. Safe to repeat: existing content and passwords are kept.
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { demoLoginsFileFor } from '../src/lib/seed/demoLogins'
import { seedDemoCity } from '../src/lib/seed/seedDemoCity'
import { runCli } from './lib/runCli'

await runCli('seed', async () => {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    const loginsFile = demoLoginsFileFor()
    const summary = await seedDemoCity(payload, {
      log: (line) => console.log(line),
      demoPassword: process.env.PLAZA_DEMO_PASSWORD,
      loginsFile,
    })
    const shownPath = path.relative(process.cwd(), loginsFile)
    if (summary.logins.length > 0) {
      console.log(`\nDemo logins (also saved to ${shownPath}, readable only by you):`)
      for (const { role, email, password } of summary.logins) {
        console.log(`  ${role.padEnd(12)} ${email.padEnd(28)} ${password}`)
      }
    } else if (fs.existsSync(loginsFile)) {
      console.log(`\nThe demo users already exist; their logins are in ${shownPath}.`)
    } else {
      console.log('\nThe demo users already exist; their passwords were left unchanged.')
    }
  } finally {
    await payload.destroy()
  }
})
