export {
  connectDatabase,
  openPGlite,
  type DatabaseHandle,
  type DatabaseKind,
  type PoolStats,
} from './connect.js';
export { migrateToLatest, isMigrated } from './migrate.js';
export { withTransaction, type Db, type Tx } from './transaction.js';
export { canCopy, copyText } from './copy.js';
export { keepPlan, listParam } from './prepared.js';
export { readLock, type LockInfo } from './lock.js';
export type * from './schema.js';
export {
  backupKindOf,
  backupPGlite,
  backupPostgres,
  BackupError,
  restorePGlite,
  restorePostgres,
  type BackupKind,
} from './backup.js';
