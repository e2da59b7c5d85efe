// Runs once when the Next.js server process starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  // First, before anything slow: every request from now on carries its socket address
  // (src/lib/http/clientAddress.ts), the only client identity a client cannot forge.
  const { observeClientSockets } = await import('./lib/http/clientAddress')
  observeClientSockets()
  const { startJobsQueue } = await import('./lib/jobs/startJobsQueue')
  await startJobsQueue()
}
