import { DomainError } from '@egov/errors';
import { dayArgument, keyOfGlobalId } from '@egov/graphql';
import type { ArticleInput } from '@egov/news-model';
import type { NewsArticleCreateInput, NewsArticleUpdateInput } from './schema-types.generated';

/** Longer than any slug the model accepts (120), so an address this long is a mistake. */
export const MAX_SLUG_LENGTH = 200;

/** The uuid of an article's global id; NOT_FOUND (as a user error) for anything else. */
export function articleKey(id: string): string {
  const key = keyOfGlobalId(id, 'NewsArticle');
  if (!key) throw DomainError.notFound('article', id);
  return key;
}

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

/** Fields named by the database (in camelCase, from the column) that the GraphQL input names otherwise. */
export const inputFieldOfColumn: Record<string, string> = {
  // news_article_units.unit_code: one of the article's related units.
  unitCode: 'relatedUnitCodes',
};
