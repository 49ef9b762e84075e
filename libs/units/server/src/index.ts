export { unitsMigrations } from './migrations';
export { createUnitsRepository, type UnitFilter, type UnitsRepository } from './units-repository';
export { unitLoader, unitsGraphQLModule } from './units-graphql';
