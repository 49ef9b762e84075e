import { dayArgument } from '@egov/graphql';
import type { ArticleInput } from '@egov/news-model';
import type { NewsArticleCreateInput, NewsArticleUpdateInput } from './schema-types.generated';

/** Longer than any slug the model accepts (120), so an address this long is a mistake. */
export const MAX_SLUG_LENGTH = 200;

/** What an editor writes, from either input: a draft's (which may name its slug) or an edit's (which may note what changed). */
export type ArticleContentInput = Omit<NewsArticleUpdateInput, 'id' | 'version'> & Pick<NewsArticleCreateInput, 'slug'>;

/** The model's input from the GraphQL one: the same field names, so user errors point at the right field. */
export const articleInput = (input: ArticleContentInput): ArticleInput => ({
  slug: input.slug ?? null,
  title: input.title,
  summary: input.summary ?? null,
  bodyHtml: input.bodyHtml,
  authorName: input.authorName,
  authorUnitCode: input.authorUnitCode,
  relatedUnitCodes: input.relatedUnitCodes ?? [],
  eventDate: input.eventDate == null ? null : dayArgument(input.eventDate),
  reportsPeriod: input.reportsPeriod ?? null,
  topics: input.topics ?? [],
  images: input.images ?? [],
  changeNote: input.changeNote ?? null,
});
