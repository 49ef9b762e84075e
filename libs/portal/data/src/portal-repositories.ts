import type { Executor } from '@egov/db';
import { createAwardsRepository } from '@egov/awards-server';
import { createDistrictsRepository } from '@egov/districts-server';
import { createInspectionsRepository } from '@egov/inspections-server';
import { createKpisRepository, createPostalDossierStatistics } from '@egov/kpis-server';
import { createLicencesRepository } from '@egov/licences-server';
import { createNewsRepository } from '@egov/news-server';
import { createProceduresRepository } from '@egov/procedures-server';
import { createUnitsRepository } from '@egov/units-server';
import { createUsersRepository } from '@egov/users-server';

/** One repository per domain over the same database or transaction. */
export function createPortalRepositories(db: Executor) {
  const kpis = createKpisRepository(db);
  return {
    districts: createDistrictsRepository(db),
    units: createUnitsRepository(db),
    kpis,
    awards: createAwardsRepository(db),
    licences: createLicencesRepository(db),
    // Dossiers received and results returned by post feed the postal-service statistics, in the dossier's transaction.
    procedures: createProceduresRepository(db, { postalStatistics: createPostalDossierStatistics() }),
    // News builds on units only; the statistics periods an article reports on come from here.
    news: createNewsRepository(db, { periodExists: async (code) => (await kpis.getPeriod(code)) !== null }),
    inspections: createInspectionsRepository(db),
    users: createUsersRepository(db),
  };
}

export type PortalRepositories = ReturnType<typeof createPortalRepositories>;
