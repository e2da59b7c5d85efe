// `npm run restore -- file.zip [--force] [--ignore-signature]`: refuses a database with content
// unless --force; restores in one transaction.
import fs from 'node:fs'
import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { ConfigError, readPayloadSecret } from '../src/lib/config/env'
import { BackupArchiveError } from '../src/lib/backup/archive'
import { RestoreRefusedError, restoreCity } from '../src/lib/backup/cityBackup'
import { runCli } from './lib/runCli'

await runCli('restore', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      'ignore-signature': { type: 'boolean', default: false },
    },
  })
  const file = positionals[0]
  if (!file) throw new ConfigError('Usage: npm run restore -- <backup.zip> [--force]')
  if (!fs.existsSync(file)) throw new ConfigError(`No such backup file: ${file}`)
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    const result = await restoreCity(payload, new Uint8Array(fs.readFileSync(file)), {
      secret: readPayloadSecret(),
      force: values.force,
      ignoreSignature: values['ignore-signature'],
    })
    console.log(
      `plaza: restored ${result.documents} documents, ${result.versions} versions and ${result.files} files from ${file} (written ${result.manifest.createdAt}).`,
    )
  } catch (error) {
    // Operator mistakes (bad file, non-empty database) end with one sentence.
    if (error instanceof BackupArchiveError || error instanceof RestoreRefusedError) {
      throw new ConfigError(`${error.message} The database was not changed.`)
    }
    throw error
  } finally {
    await payload.destroy()
  }
})
