/**
 * Jobs run only in the long-lived server (not in `next build` workers, scripts or tests, which
 * run jobs explicitly); PLAZA_JOBS=off leaves them to another instance.
 */
export function shouldRunJobs(): boolean {
  if (process.env.PLAZA_JOBS === 'off') return false
  if (process.env.NEXT_PHASE === 'phase-production-build') return false
  return process.env.NEXT_RUNTIME === 'nodejs'
}
