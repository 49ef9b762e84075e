import type { DistrictsRepository } from '../districts-repository';

/** What the areas' resolvers read: their own repository. */
export interface DistrictsSources {
  districts: DistrictsRepository;
}
