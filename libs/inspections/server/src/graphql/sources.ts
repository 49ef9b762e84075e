import type { UnitsRepository } from '@egov/units-server';
import type { InspectionsRepository } from '../inspections-repository';

/** What the inspections' resolvers read: their own repository, and the units that lead inspections. */
export interface InspectionsSources {
  inspections: InspectionsRepository;
  units: UnitsRepository;
}
