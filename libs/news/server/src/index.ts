export { paragraphsToHtml, sanitizeArticleHtml } from '@egov/news-model/html';
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
export { newsGraphQLModule } from './graphql/module';
