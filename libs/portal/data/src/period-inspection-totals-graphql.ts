import type { GraphQLModule } from '@egov/graphql';
import type { Period } from '@egov/kpis-model';
import type { PortalRepositories } from './portal-repositories';

const typeDefs = /* GraphQL */ `
  extend type ReportingPeriod {
    """
    The inspection register's totals for the period's days (both included), as inspectionTotals
    gives them: with the period's figures (observations of the INSPECTION field) in the same
    query, a page shows a report beside its register in one round trip.
    """
    inspectionTotals: InspectionTotals!
  }
`;

/**
 * A cross-domain field: a statistics period (kpis) answers the inspectorate's register totals
 * (inspections) for its days, so the inspections page asks for the period, its report and its
 * register in one query instead of one round trip after another.
 */
export function periodInspectionTotalsGraphQLModule(repos: Pick<PortalRepositories, 'inspections'>): GraphQLModule {
  return {
    name: 'period-inspection-totals',
    typeDefs,
    resolvers: {
      ReportingPeriod: {
        inspectionTotals: async (period: Period) => ({
          ...(await repos.inspections.totals(period.startsOn, period.endsOn)),
          from: period.startsOn,
          to: period.endsOn,
          differences: null,
          consistent: null,
        }),
      },
    },
  };
}
