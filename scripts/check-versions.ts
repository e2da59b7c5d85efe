// CI check (docs/SECURITY.md): no high or critical advisory, and Payload and Next.js at or above
// the fixed versions. When the audit endpoint is unreachable, says so and relies on the floors.
//   tsx scripts/check-versions.ts [--audit]      exit 0 = fine, 1 = a problem (printed)
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/** Minimum versions per package, each with the advisory that sets it. */
export const VERSION_FLOORS: Array<{ name: string; min: string; why: string }> = [
  {
    name: 'payload',
    min: '3.79.1',
    why: 'where-injection on JSON/richText, forgot-password takeover, CSRF bypass with serverURL, upload SSRF',
  },
  {
    name: 'payload',
    min: '3.89.0',
    why: 'any logged-in user could unlock others by default (≤ 3.88)',
  },
  { name: 'next', min: '16.2.6', why: 'middleware bypass (CVE-2025-29927) and the May-2026 batch' },
]

/** Compares dotted numeric versions ("3.90.2"); pre-release tags count as below the release. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.split('-', 2)
    return { parts: core.split('.').map((n) => Number.parseInt(n, 10) || 0), pre: Boolean(pre) }
  }
  const x = parse(a)
  const y = parse(b)
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0)
    if (d !== 0) return Math.sign(d)
  }
  return x.pre === y.pre ? 0 : x.pre ? -1 : 1
}

type Lock = { packages: Record<string, { version?: string }> }

/** Problems with the locked versions: floors not met, @payloadcms/* out of step with payload. */
export function versionProblems(lock: Lock): string[] {
  const problems: string[] = []
  const version = (name: string) => lock.packages[`node_modules/${name}`]?.version
  for (const floor of VERSION_FLOORS) {
    const locked = version(floor.name)
    if (!locked) problems.push(`${floor.name} is not in package-lock.json.`)
    else if (compareVersions(locked, floor.min) < 0) {
      problems.push(`${floor.name} ${locked} is below ${floor.min} (${floor.why}).`)
    }
  }
  const payload = version('payload')
  for (const [path, entry] of Object.entries(lock.packages)) {
    const match = /^node_modules\/(@payloadcms\/[^/]+)$/.exec(path)
    if (!match || match[1] === '@payloadcms/translations' || !entry.version) continue
    if (
      match[1].startsWith('@payloadcms/') &&
      entry.version !== payload &&
      isPayloadRelease(match[1])
    ) {
      problems.push(
        `${match[1]} ${entry.version} differs from payload ${payload}: upgrade them together.`,
      )
    }
  }
  return [...new Set(problems)]
}

// The packages released with payload itself, under the same version number.
const isPayloadRelease = (name: string) =>
  /^@payloadcms\/(db-|next|ui|richtext-|graphql|drizzle|plugin-|storage-|email-)/.test(name)

type AuditOutcome = { ran: true; problems: string[] } | { ran: false; reason: string }

/** Runs `npm audit --omit=dev --json`; high or critical advisories are problems. */
export function runAudit(): AuditOutcome {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
  let report: {
    error?: unknown
    statusCode?: number
    message?: string
    vulnerabilities?: Record<string, { severity: string; via: unknown[] }>
  }
  try {
    report = JSON.parse(result.stdout)
  } catch {
    return {
      ran: false,
      reason: `npm audit printed no report (${result.stderr.trim().slice(0, 200)})`,
    }
  }
  if (!report.vulnerabilities) {
    return {
      ran: false,
      reason: report.message ?? `npm audit failed (status ${report.statusCode})`,
    }
  }
  const problems = Object.entries(report.vulnerabilities)
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `npm audit: ${name} has a ${v.severity} advisory.`)
  return { ran: true, problems }
}

function main(): void {
  const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as Lock
  const problems = versionProblems(lock)
  if (process.argv.includes('--audit')) {
    const audit = runAudit()
    if (audit.ran) problems.push(...audit.problems)
    else {
      console.log(`check-versions: npm audit COULD NOT RUN: ${audit.reason}`)
      console.log('check-versions: relying on the version floors from docs/SECURITY.md only.')
    }
  }
  const locked = (name: string) => lock.packages[`node_modules/${name}`]?.version
  if (problems.length) {
    for (const problem of problems) console.error(`check-versions: ${problem}`)
    process.exit(1)
  }
  console.log(
    `check-versions: payload ${locked('payload')}, next ${locked('next')}: at or above every fixed version.`,
  )
}

if (process.argv[1]?.endsWith('check-versions.ts')) main()
