export { districtsMigrations } from './migrations';
export { createDistrictsRepository, type AreaFilter, type DistrictsRepository } from './districts-repository';
export { areaLoader, districtsGraphQLModule } from './districts-graphql';
