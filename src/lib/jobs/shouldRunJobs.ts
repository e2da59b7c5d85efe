/**
 * The jobs queue (scheduled publish/unpublish) runs inside the long-lived Next.js server
 * process only: not during `next build` (short-lived workers), not in scripts or tests,
 * which run jobs explicitly when they need to. PLAZA_JOBS=off turns it off, e.g. on all
 * but one instance of a multi-instance deployment.
 */
export function shouldRunJobs(): boolean {
  if (process.env.PLAZA_JOBS === 'off') return false
  if (process.env.NEXT_PHASE === 'phase-production-build') return false
  return process.env.NEXT_RUNTIME === 'nodejs'
}
