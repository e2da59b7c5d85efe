import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { villamarFeedZip } from '@/lib/seed/villamarTransit'

// The command-line tools on the install `npm start` leaves (data/.payload-secret beside
// data/plaza.db), run as npm runs them: from the install's folder, with no PAYLOAD_SECRET or
// DATABASE_URI in the environment. Each install is a temporary folder linking to this
// repository's files, with a data/ folder of its own.
const root = path.resolve(import.meta.dirname, '..', '..')
const folders: string[] = []

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true })
})

function install(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plaza-cli-'))
  folders.push(dir)
  for (const entry of fs.readdirSync(root)) {
    if (entry === 'data' || entry === '.git' || entry.startsWith('.next')) continue
    fs.symlinkSync(path.join(root, entry), path.join(dir, entry))
  }
  return dir
}

// Nothing that says where the city is: the tools must find it themselves.
const bareEnv: NodeJS.ProcessEnv = { ...process.env }
for (const name of [
  'PAYLOAD_SECRET',
  'DATABASE_URI',
  'PLAZA_DEMO',
  'NODE_ENV',
  'PLAZA_MEDIA_DIR',
  'PLAZA_TEST_POSTGRES_URL',
]) {
  delete bareEnv[name]
}

function cli(dir: string, script: string, ...args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('node_modules/.bin/tsx', [`scripts/${script}.ts`, ...args], {
      cwd: dir,
      env: bareEnv,
      timeout: 180_000,
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (status) => resolve({ status, stdout, stderr: stderr.trim() }))
  })
}

describe('command-line tools on the demo install, with no environment', () => {
  it('migrate, import a GTFS feed, reindex and back up the demo city', async () => {
    const dir = install()
    fs.mkdirSync(path.join(dir, 'data'))
    fs.writeFileSync(path.join(dir, 'data', '.payload-secret'), randomBytes(32).toString('hex'), {
      mode: 0o600,
    })
    const migrate = await cli(dir, 'migrate')
    expect(migrate.status, migrate.stderr).toBe(0)
    expect(fs.existsSync(path.join(dir, 'data', 'plaza.db'))).toBe(true)

    fs.writeFileSync(path.join(dir, 'feed.zip'), villamarFeedZip('2026-12-03'))
    const imported = await cli(dir, 'gtfs-import', '--', 'feed.zip')
    expect(imported.status, imported.stderr).toBe(0)
    expect(imported.stdout).toMatch(/feed \S+ is in service/)

    const reindex = await cli(dir, 'search-reindex')
    expect(reindex.status, reindex.stderr).toBe(0)
    expect(reindex.stdout).toMatch(/records indexed/)

    const backup = await cli(dir, 'backup', '--out', 'city.zip')
    expect(backup.status, backup.stderr).toBe(0)
    expect(fs.statSync(path.join(dir, 'city.zip')).size).toBeGreaterThan(0)
  }, 600_000)

  it('say in one sentence what is missing when there is no demo install', async () => {
    const dir = install()
    fs.writeFileSync(path.join(dir, 'feed.zip'), villamarFeedZip('2026-12-03'))
    const sentence =
      'plaza: No PAYLOAD_SECRET and no demo install in data/: run `npm start` once, or set PAYLOAD_SECRET (and DATABASE_URI) as the site has them.'
    // Side by side: each stops before it opens anything.
    const tools = [
      ['gtfs-import', 'feed.zip'],
      ['seed'],
      ['search-reindex'],
      ['backup'],
      ['restore', 'city.zip'],
      ['migrate'],
      ['dev'],
    ]
    const results = await Promise.all(tools.map(([script, ...args]) => cli(dir, script, ...args)))
    expect(results.map((r, i) => [tools[i][0], r.status, r.stderr])).toEqual(
      tools.map(([script]) => [script, 1, sentence]),
    )
    expect(fs.existsSync(path.join(dir, 'data'))).toBe(false)

    // The secret without its database: the tools that read the city say so.
    fs.mkdirSync(path.join(dir, 'data'))
    fs.writeFileSync(path.join(dir, 'data', '.payload-secret'), 'x'.repeat(64))
    const result = await cli(dir, 'gtfs-import', 'feed.zip')
    expect([result.status, result.stderr]).toEqual([
      1,
      'plaza: No database at ./data/plaza.db: run `npm start` once (or `npm run migrate`), or set DATABASE_URI.',
    ])
  }, 600_000)
})
