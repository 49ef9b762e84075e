import type { UnitsRepository } from '@egov/units-server';
import type { LicencesRepository } from '../licences-repository';

export interface LicencesGraphQLOptions {
  /** Today in Vietnam (ISO date), the day statuses are judged on; the real day when left out. */
  today?: () => string;
}

/** What the licences' resolvers read: their own repository, the units that issue licences, and today's date. */
export interface LicencesSources {
  licences: LicencesRepository;
  units: UnitsRepository;
  /** Today in Vietnam (ISO date), the day statuses are judged on. */
  today: () => string;
}
