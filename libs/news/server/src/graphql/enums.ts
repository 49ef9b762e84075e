import { enumOf } from '@egov/graphql';
import { articleStates } from '@egov/news-model';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const newsEnums = {
  NewsArticleState: enumOf(articleStates),
} satisfies Pick<Resolvers, 'NewsArticleState'>;
