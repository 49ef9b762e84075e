import type { UnitsRepository } from '@egov/units-server';
import type { AwardsRepository } from '../awards-repository';

/** What the awards' resolvers read: their own repository, and the units awards honour. */
export interface AwardsSources {
  awards: AwardsRepository;
  units: UnitsRepository;
}
