// Runs once when the Next.js server process starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { startJobsQueue } = await import('./lib/jobs/startJobsQueue')
  await startJobsQueue()
}
