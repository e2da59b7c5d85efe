// The project's shared reference data (the Caltrain GTFS feed, the CAP 1.2 schema) lives beside
// the repository in `../shared/data` (read from the repository root, where npm scripts and
// tests run), as in the workspace and in CI. PLAZA_SHARED_DIR points
// elsewhere, for a clone that is not kept beside it.
import path from 'node:path'

export function sharedDataPath(...parts: string[]): string {
  const base = process.env.PLAZA_SHARED_DIR?.trim() || path.resolve(process.cwd(), '..', 'shared')
  return path.join(base, 'data', ...parts)
}
