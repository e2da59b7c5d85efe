// Backup and restore of a whole city through Payload's database adapter API, so SQLite,
// PostgreSQL and MongoDB see the same calls (docs/decisions/0007).
export { exportCity, type BackupOptions, type BackupResult } from './export'
export {
  restoreCity,
  RestoreRefusedError,
  type RestoreOptions,
  type RestoreResult,
} from './restore'
export { SKIPPED_GLOBALS } from './scope'
