import type { GraphQLModule } from '@egov/graphql';
import { kpisEnums } from './enums';
import { kpisNodeTypes } from './node-types';
import { consistencyReportResolvers } from './resolvers/ConsistencyReport';
import { figureCheckResolvers } from './resolvers/FigureCheck';
import { indicatorResolvers } from './resolvers/Indicator';
import { kpiFieldResolvers } from './resolvers/KpiField';
import { mutationResolvers } from './resolvers/Mutation';
import { observationResolvers } from './resolvers/Observation';
import { observationSnapshotResolvers } from './resolvers/ObservationSnapshot';
import { populationEstimateResolvers } from './resolvers/PopulationEstimate';
import { queryResolvers } from './resolvers/Query';
import { ratioCheckResolvers } from './resolvers/RatioCheck';
import { reportingPeriodResolvers } from './resolvers/ReportingPeriod';
import { statisticsDashboardResolvers } from './resolvers/StatisticsDashboard';
import { kpisTypeDefs } from './schema';
import type { KpisSources } from './sources';

/** Statistics in the API: fields, periods, indicators, figures and their checks; figures are written by statisticians. */
export function kpisGraphQLModule(sources: KpisSources): GraphQLModule {
  return {
    name: 'kpis',
    typeDefs: kpisTypeDefs,
    resolvers: {
      ...kpisEnums,
      KpiField: kpiFieldResolvers(sources),
      ReportingPeriod: reportingPeriodResolvers(sources),
      Indicator: indicatorResolvers(sources),
      Observation: observationResolvers(sources),
      ObservationSnapshot: observationSnapshotResolvers,
      FigureCheck: figureCheckResolvers,
      RatioCheck: ratioCheckResolvers(sources),
      PopulationEstimate: populationEstimateResolvers(sources),
      ConsistencyReport: consistencyReportResolvers(sources),
      StatisticsDashboard: statisticsDashboardResolvers(sources),
      Query: queryResolvers(sources),
      Mutation: mutationResolvers(sources),
    },
    nodeTypes: kpisNodeTypes(sources),
  };
}
