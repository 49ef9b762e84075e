import type { DocumentNode } from 'graphql';
import {
  NEWS_ARTICLE_CREATE_MUTATION,
  NEWS_ARTICLE_PUBLISH_MUTATION,
  NEWS_ARTICLE_QUERY,
  NEWS_ARTICLE_UPDATE_MUTATION,
  NEWS_ARTICLE_WITHDRAW_MUTATION,
  NEWS_ARTICLES_QUERY,
  NEWS_EDITORIAL_ARTICLES_QUERY,
  NEWS_SEARCH_QUERY,
  NEWS_UNITS_QUERY,
} from './operations';

export * from './operations';
export type { UserErrorFields } from '../session';

/** Every GraphQL document the news remote sends, by operation name (validated by the gateway's tests). */
export const newsOperations: Readonly<Record<string, DocumentNode>> = {
  NewsArticles: NEWS_ARTICLES_QUERY,
  NewsSearch: NEWS_SEARCH_QUERY,
  NewsEditorialArticles: NEWS_EDITORIAL_ARTICLES_QUERY,
  NewsArticle: NEWS_ARTICLE_QUERY,
  NewsUnits: NEWS_UNITS_QUERY,
  NewsArticleCreate: NEWS_ARTICLE_CREATE_MUTATION,
  NewsArticleUpdate: NEWS_ARTICLE_UPDATE_MUTATION,
  NewsArticlePublish: NEWS_ARTICLE_PUBLISH_MUTATION,
  NewsArticleWithdraw: NEWS_ARTICLE_WITHDRAW_MUTATION,
};
