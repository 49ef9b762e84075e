export { proceduresMigrations } from './migrations';
export {
  createProceduresRepository,
  type ChannelCounts,
  type DossierFilter,
  type DossierTransitionInput,
  type PostalServiceStatistics,
  type ProcedureFilter,
  type ProceduresRepository,
  type ProceduresRepositoryOptions,
} from './procedures-repository';
export { proceduresGraphQLModule } from './graphql/module';
export type { ProceduresGraphQLOptions } from './graphql/sources';
export { procedureLoader } from './graphql/loaders';
export { createDossierLookupLimiter, DEFAULT_LOOKUP_LIMITS, type DossierLookupLimiter, type LookupLimits, type LookupRateLimiterFactory } from './dossier-lookup-limiter';
