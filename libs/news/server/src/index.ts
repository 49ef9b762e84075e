export { paragraphsToHtml, sanitizeArticleHtml } from './article-html';
export { newsMigrations } from './migrations';
export {
  createNewsRepository,
  type ArticlePage,
  type NewsRepository,
  type NewsRepositoryOptions,
  type PublishedPageRequest,
  type ReadOptions,
  type SearchHit,
  type SearchPageRequest,
} from './news-repository';
export { newsGraphQLModule } from './news-graphql';
