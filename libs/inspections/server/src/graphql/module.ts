import type { GraphQLModule } from '@egov/graphql';
import { inspectionsEnums } from './enums';
import { inspectionsNodeTypes } from './node-types';
import { inspectionResolvers } from './resolvers/Inspection';
import { inspectionSubjectResolvers } from './resolvers/InspectionSubject';
import { inspectionTotalsResolvers } from './resolvers/InspectionTotals';
import { mutationResolvers } from './resolvers/Mutation';
import { queryResolvers } from './resolvers/Query';
import { sanctionDecisionResolvers } from './resolvers/SanctionDecision';
import { inspectionsTypeDefs } from './schema';
import type { InspectionsSources } from './sources';

/** Inspections and sanction decisions in the API: public register reads; inspectors record. */
export function inspectionsGraphQLModule(sources: InspectionsSources): GraphQLModule {
  return {
    name: 'inspections',
    typeDefs: inspectionsTypeDefs,
    resolvers: {
      ...inspectionsEnums,
      InspectionSubject: inspectionSubjectResolvers,
      Inspection: inspectionResolvers(sources),
      SanctionDecision: sanctionDecisionResolvers(sources),
      InspectionTotals: inspectionTotalsResolvers,
      Query: queryResolvers(sources),
      Mutation: mutationResolvers(sources),
    },
    nodeTypes: inspectionsNodeTypes(sources),
  };
}
