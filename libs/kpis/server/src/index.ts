export { kpisMigrations } from './migrations';
export {
  createKpisRepository,
  type IndicatorFilter,
  type KpisRepository,
  type ObservationChange,
  type ObservationFilter,
  type ObservationKey,
} from './kpis-repository';
export { kpisGraphQLModule } from './graphql/module';
export {
  addToRegisterCount,
  createPostalDossierStatistics,
  halfYearOf,
  POSTAL_DOSSIERS_RECEIVED,
  POSTAL_RESULTS_RETURNED,
  REGISTER_COUNT_QUOTE,
  type PostalDossierStatistics,
  type RegisterCountOutcome,
} from './postal-dossier-statistics';
