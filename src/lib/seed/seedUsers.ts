import { generateDemoPassword, saveDemoLogins, type DemoLogin } from './demoLogins'
import { reportStep, SEED_WRITE, type SeedRun } from './seedRun'

/** One account per role, so each role's view of the admin can be tried. */
export const DEMO_USERS: ReadonlyArray<Omit<DemoLogin, 'password'> & { name: string }> = [
  { role: 'admin', email: 'admin@plaza.example', name: 'Demo Admin' },
  { role: 'editor', email: 'editor@plaza.example', name: 'Demo Editor' },
  { role: 'contributor', email: 'contributor@plaza.example', name: 'Demo Contributor' },
]

/**
 * Creates the missing demo accounts and records them in the logins file at once. Existing
 * accounts keep their password: the seed never resets one someone may be using.
 */
export async function seedUsers(
  run: SeedRun,
  password: string | undefined,
  loginsFile: string | null,
): Promise<void> {
  const startedAt = Date.now()
  const { docs } = await run.payload.find({
    collection: 'users',
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const existing = new Set(docs.map((doc) => doc.email))
  const created: DemoLogin[] = []
  for (const { role, email, name } of DEMO_USERS) {
    if (existing.has(email)) {
      run.summary.skipped.users += 1
      continue
    }
    const own = password || generateDemoPassword()
    await run.payload.create({
      collection: 'users',
      data: { email, name, role, password: own },
      ...SEED_WRITE,
    })
    created.push({ role, email, password: own })
    run.summary.created.users += 1
  }
  if (created.length > 0 && loginsFile) saveDemoLogins(created, loginsFile)
  run.summary.logins = created
  reportStep(run, 'users', DEMO_USERS.length, startedAt)
}
