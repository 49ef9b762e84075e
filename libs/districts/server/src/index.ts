export { districtsMigrations } from './migrations';
export { createDistrictsRepository, type AreaFilter, type DistrictsRepository } from './districts-repository';
