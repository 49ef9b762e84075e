import type { DistrictsRepository } from '@egov/districts-server';
import type { UnitsRepository } from '@egov/units-server';
import type { KpisRepository } from '../kpis-repository';

/** What the statistics' resolvers read: their own repository, and the units and areas figures name. */
export interface KpisSources {
  kpis: KpisRepository;
  units: UnitsRepository;
  districts: DistrictsRepository;
}
