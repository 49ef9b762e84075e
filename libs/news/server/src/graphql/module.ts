import type { GraphQLModule } from '@egov/graphql';
import { newsEnums } from './enums';
import { newsNodeTypes } from './node-types';
import { mutationResolvers } from './resolvers/Mutation';
import { newsArticleResolvers } from './resolvers/NewsArticle';
import { queryResolvers } from './resolvers/Query';
import { newsTypeDefs } from './schema';
import type { NewsSources } from './sources';

/** News articles in the API: public lists, article by slug and search; editors write and publish. */
export function newsGraphQLModule(sources: NewsSources): GraphQLModule {
  return {
    name: 'news',
    typeDefs: newsTypeDefs,
    resolvers: {
      ...newsEnums,
      NewsArticle: newsArticleResolvers(sources),
      Query: queryResolvers(sources),
      Mutation: mutationResolvers(sources),
    },
    nodeTypes: newsNodeTypes(sources),
  };
}
