import { awardsGraphQLModule } from '@egov/awards-server';
import { districtsGraphQLModule } from '@egov/districts-server';
import type { GraphQLModule } from '@egov/graphql';
import { inspectionsGraphQLModule } from '@egov/inspections-server';
import { kpisGraphQLModule } from '@egov/kpis-server';
import { licencesGraphQLModule } from '@egov/licences-server';
import { newsGraphQLModule } from '@egov/news-server';
import { periodInspectionTotalsGraphQLModule, portalSummaryGraphQLModule, type PortalRepositories } from '@egov/portal-data';
import { proceduresGraphQLModule, type DossierLookupLimiter } from '@egov/procedures-server';
import { unitsGraphQLModule } from '@egov/units-server';
import { usersGraphQLModule, type SessionService } from '@egov/users-server';

/** The domains the gateway serves. Adding a domain to the API is adding its module here. */
export function schemaModules(repos: PortalRepositories, services: { sessions: SessionService; lookupLimiter?: DossierLookupLimiter }): GraphQLModule[] {
  return [
    districtsGraphQLModule(repos),
    unitsGraphQLModule(repos),
    proceduresGraphQLModule(repos, services.lookupLimiter ? { lookupLimiter: services.lookupLimiter } : {}),
    licencesGraphQLModule(repos),
    kpisGraphQLModule(repos),
    awardsGraphQLModule(repos),
    newsGraphQLModule(repos),
    inspectionsGraphQLModule(repos),
    portalSummaryGraphQLModule(repos),
    periodInspectionTotalsGraphQLModule(repos),
    usersGraphQLModule({ users: repos.users, sessions: services.sessions }),
  ];
}
