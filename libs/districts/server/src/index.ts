export { districtsMigrations } from './migrations';
export { createDistrictsRepository, type AreaFilter, type DistrictsRepository } from './districts-repository';
export { areaLoader } from './graphql/loaders';
export { districtsGraphQLModule } from './graphql/module';
