export { portalMigrations } from './portal-schema';
export { createPortalRepositories, type PortalRepositories } from './portal-repositories';
export { FIRST_DATA_SET, isFirstDataSetLoaded, seedFirstDataSet, type SeedReport } from './first-data-set';
export { openPortalDatabase, type PortalDatabase } from './open-portal-database';
export { periodInspectionTotalsGraphQLModule } from './period-inspection-totals-graphql';
export { portalSummaryGraphQLModule, HEADLINE_INDICATOR_CODES, QUICK_LINKS, type PortalSummaryOptions } from './portal-summary-graphql';
