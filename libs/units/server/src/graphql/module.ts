import type { GraphQLModule } from '@egov/graphql';
import { unitsEnums } from './enums';
import { unitsNodeTypes } from './node-types';
import { personResolvers } from './resolvers/Person';
import { queryResolvers } from './resolvers/Query';
import { unitResolvers } from './resolvers/Unit';
import { unitsTypeDefs } from './schema';
import type { UnitsSources } from './sources';

/** Units and people in the API: public reads. */
export function unitsGraphQLModule(sources: UnitsSources): GraphQLModule {
  return {
    name: 'units',
    typeDefs: unitsTypeDefs,
    resolvers: {
      ...unitsEnums,
      Unit: unitResolvers(sources),
      Person: personResolvers(sources),
      Query: queryResolvers(sources),
    },
    nodeTypes: unitsNodeTypes(sources),
  };
}
