import type { GraphQLModule } from '@egov/graphql';
import { awardsEnums } from './enums';
import { awardsNodeTypes } from './node-types';
import { awardResolvers } from './resolvers/Award';
import { mutationResolvers } from './resolvers/Mutation';
import { queryResolvers } from './resolvers/Query';
import { awardsTypeDefs } from './schema';
import type { AwardsSources } from './sources';

/** Awards in the API: public reads; admins record and update them. */
export function awardsGraphQLModule(sources: AwardsSources): GraphQLModule {
  return {
    name: 'awards',
    typeDefs: awardsTypeDefs,
    resolvers: {
      ...awardsEnums,
      Award: awardResolvers(sources),
      Query: queryResolvers(sources),
      Mutation: mutationResolvers(sources),
    },
    nodeTypes: awardsNodeTypes(sources),
  };
}
