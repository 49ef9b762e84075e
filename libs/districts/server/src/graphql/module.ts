import type { GraphQLModule } from '@egov/graphql';
import { districtsEnums } from './enums';
import { districtsNodeTypes } from './node-types';
import { areaResolvers } from './resolvers/Area';
import { queryResolvers } from './resolvers/Query';
import { districtsTypeDefs } from './schema';
import type { DistrictsSources } from './sources';

/** Areas in the API: public reads, no mutations (the list of areas changes by law, not by users). */
export function districtsGraphQLModule(sources: DistrictsSources): GraphQLModule {
  return {
    name: 'districts',
    typeDefs: districtsTypeDefs,
    resolvers: {
      ...districtsEnums,
      Area: areaResolvers(sources),
      Query: queryResolvers(sources),
    },
    nodeTypes: districtsNodeTypes(sources),
  };
}
