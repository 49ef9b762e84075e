export { kpisMigrations } from './migrations';
export {
  createKpisRepository,
  type IndicatorFilter,
  type KpisRepository,
  type ObservationChange,
  type ObservationFilter,
  type ObservationKey,
} from './kpis-repository';
export { kpisGraphQLModule } from './kpis-graphql';
