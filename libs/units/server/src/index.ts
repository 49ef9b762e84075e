export { unitsMigrations } from './migrations';
export { createUnitsRepository, type UnitFilter, type UnitsRepository } from './units-repository';
export { unitLoader } from './graphql/loaders';
export { unitsGraphQLModule } from './graphql/module';
