import type { DistrictsRepository } from '@egov/districts-server';
import type { UnitsRepository } from '../units-repository';

/** What the units' resolvers read: their own repository, and the areas district bodies serve. */
export interface UnitsSources {
  units: UnitsRepository;
  districts: DistrictsRepository;
}
