// src/payload-types.ts is what Payload generates from the config: Payload no longer rewrites
// it at every start outside development (payload.config.ts), so a schema change without
// `npm run generate:types` fails here, naming the command.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

it('src/payload-types.ts matches the config (else: npm run generate:types)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-types-'))
  try {
    const outputFile = path.join(dir, 'payload-types.ts')
    await promisify(execFile)(path.join(root, 'node_modules/.bin/payload'), ['generate:types'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_OPTIONS: '--no-deprecation',
        PAYLOAD_TS_OUTPUT_PATH: outputFile,
        DATABASE_URI: `file:${path.join(dir, 'unused.db')}`,
      },
      timeout: 120_000,
    })
    const committed = fs.readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8')
    expect(fs.readFileSync(outputFile, 'utf8') === committed, 'run npm run generate:types').toBe(
      true,
    )
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 180_000)
