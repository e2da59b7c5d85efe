// `npm run backup [-- --out file.zip] [-- --omit-password-hashes]`: the whole city in one zip
// (src/lib/backup/cityBackup.ts).
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { readPayloadSecret, requireExistingDatabase } from '../src/lib/config/env'
import { exportCity } from '../src/lib/backup/cityBackup'
import { runCli } from './lib/runCli'

await runCli('backup', async () => {
  // It reads the city: a missing SQLite file is named, not created empty.
  requireExistingDatabase()
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'omit-password-hashes': { type: 'boolean', default: false },
    },
  })
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const out = path.resolve(values.out ?? path.join('data', 'backups', `plaza-${stamp}.zip`))
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const { archive, manifest } = await exportCity(payload, {
      secret: readPayloadSecret(),
      omitPasswordHashes: values['omit-password-hashes'],
    })
    fs.mkdirSync(path.dirname(out), { recursive: true })
    // Written under a temporary name, then renamed: a half-written backup never has the
    // final name. Mode 0600: with password hashes inside, the file is as sensitive as the DB.
    const partial = `${out}.partial`
    fs.writeFileSync(partial, archive, { mode: 0o600 })
    fs.renameSync(partial, out)
    const docs = Object.values(manifest.counts.documents).reduce((a, b) => a + b, 0)
    const versions = Object.values(manifest.counts.versions).reduce((a, b) => a + b, 0)
    const files = Object.values(manifest.counts.files).reduce((a, b) => a + b, 0)
    console.log(
      `plaza: backup of ${docs} documents, ${versions} versions, ${manifest.counts.globals.length} globals, ${files} files (${(archive.length / 1024 / 1024).toFixed(1)} MB${manifest.passwordHashes ? ', with password hashes: keep it private' : ', without password hashes'})`,
    )
    console.log(out)
  } finally {
    await payload.destroy()
  }
})
