export type { Database, DatabaseKind, Executor, Queryable, QueryObserver } from './database';
export { toDomainError } from './database-errors';
export { openDatabase, databaseSettingsFromEnv, type DatabaseSettings } from './open-database';
export { openPglite } from './pglite-database';
export { openPostgres, type PostgresOptions } from './postgres-database';
export { migrate, MigrationError, type Migration } from './migrations';
export { auditMigrations, recordAudit, readAudit, type AuditContext, type AuditEntry, type AuditRecord } from './audit';
export { insertAudited, updateVersioned, type WriteTarget } from './audited-writes';
export { keysetSql, keysetRows, type KeysetClauses, type KeysetColumn, type KeysetRange, type SortValue } from './keyset';
