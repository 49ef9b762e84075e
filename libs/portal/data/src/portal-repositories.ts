import type { Executor } from '@egov/db';
import { createDistrictsRepository } from '@egov/districts-server';
import { createUnitsRepository } from '@egov/units-server';

/** One repository per domain over the same database or transaction. */
export function createPortalRepositories(db: Executor) {
  return {
    districts: createDistrictsRepository(db),
    units: createUnitsRepository(db),
  };
}

export type PortalRepositories = ReturnType<typeof createPortalRepositories>;
