import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const newsEnums = {
  NewsArticleState: { DRAFT: 'draft', PUBLISHED: 'published', WITHDRAWN: 'withdrawn' },
} as const satisfies Pick<Resolvers, 'NewsArticleState'>;
