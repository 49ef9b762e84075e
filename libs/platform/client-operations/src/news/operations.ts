import { gql, type TypedDocumentNode } from '@apollo/client';
import { USER_ERROR_FIELDS } from '../session';
import type {
  NewsArticleCreateInput,
  NewsArticleCreateMutation,
  NewsArticleCreateMutationVariables,
  NewsArticleFieldsFragment,
  NewsArticlePublishMutation,
  NewsArticlePublishMutationVariables,
  NewsArticleQuery,
  NewsArticleQueryVariables,
  NewsArticlesQuery,
  NewsArticlesQueryVariables,
  NewsArticleState,
  NewsArticleUpdateMutation,
  NewsArticleUpdateMutationVariables,
  NewsArticleWithdrawMutation,
  NewsArticleWithdrawMutationVariables,
  NewsEditorialArticlesQuery,
  NewsEditorialArticlesQueryVariables,
  NewsListItemFieldsFragment,
  NewsSearchQuery,
  NewsSearchQueryVariables,
  NewsUnitFieldsFragment,
  NewsUnitsQuery,
  NewsUnitsQueryVariables,
} from './operations.generated';

export type {
  NewsArticleCreateMutation,
  NewsArticlePublishMutation,
  NewsArticleQuery,
  NewsArticlesQuery,
  NewsArticleState,
  NewsArticleUpdateMutation,
  NewsArticleWithdrawMutation,
  NewsEditorialArticlesQuery,
  NewsSearchQuery,
  NewsUnitsQuery,
};
/** A unit as the news pages name it. */
export type NewsUnitFields = NewsUnitFieldsFragment;
/** An article as a list shows it (`publishedAt` is null for a draft). */
export type NewsListItemFields = NewsListItemFieldsFragment;
/** An article as its page and the editor show it. */
export type NewsArticleFields = NewsArticleFieldsFragment;
/** An image of an article (the files of the first data set are not available: only names and captions). */
export type NewsImageFields = NewsArticleFields['images'][number];
/** What the editor writes: a new article's input, also the content of `NewsArticleUpdateInput`. */
export type NewsArticleContentInput = NewsArticleCreateInput;

const UNIT_FIELDS = gql`
  fragment NewsUnitFields on Unit {
    id
    code
    nameVi
    nameEn
  }
`;

const LIST_ITEM_FIELDS = gql`
  fragment NewsListItemFields on NewsArticle {
    id
    slug
    title
    summary
    state
    publishedAt
    updatedAt
    version
    authorUnit {
      ...NewsUnitFields
    }
  }
  ${UNIT_FIELDS}
`;

/** A numbered page of the published articles, newest first. */
export const NEWS_ARTICLES_QUERY: TypedDocumentNode<NewsArticlesQuery, NewsArticlesQueryVariables> = gql`
  query NewsArticles($first: Int!, $offset: Int!) {
    newsArticles(first: $first, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ...NewsListItemFields
      }
    }
  }
  ${LIST_ITEM_FIELDS}
`;

/**
 * A numbered page of the published articles matching a search, best first, and how many match up
 * to 1,000 (50 pages): a common word's exact count would read every article holding it.
 */
export const NEWS_SEARCH_QUERY: TypedDocumentNode<NewsSearchQuery, NewsSearchQueryVariables> = gql`
  query NewsSearch($query: String!, $first: Int!, $offset: Int!) {
    newsSearchCount(query: $query, limit: 1000) {
      count
      precision
    }
    newsSearch(query: $query, first: $first, offset: $offset) {
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ...NewsListItemFields
      }
    }
  }
  ${LIST_ITEM_FIELDS}
`;

/** The editors' work list: drafts, scheduled and withdrawn articles, last saved first. */
export const NEWS_EDITORIAL_ARTICLES_QUERY: TypedDocumentNode<NewsEditorialArticlesQuery, NewsEditorialArticlesQueryVariables> = gql`
  query NewsEditorialArticles($first: Int!, $offset: Int!) {
    newsEditorialArticles(first: $first, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ...NewsListItemFields
      }
    }
  }
  ${LIST_ITEM_FIELDS}
`;

const ARTICLE_FIELDS = gql`
  fragment NewsArticleFields on NewsArticle {
    ...NewsListItemFields
    bodyHtml
    firstPublishedAt
    changeNote
    withdrawalReason
    eventDate
    reportsPeriod
    topics
    authorName
    images {
      fileName
      captionVi
      altVi
      position
    }
    relatedUnits {
      ...NewsUnitFields
    }
  }
  ${LIST_ITEM_FIELDS}
`;

/** One article by its address; editors also get drafts, scheduled and withdrawn ones. */
export const NEWS_ARTICLE_QUERY: TypedDocumentNode<NewsArticleQuery, NewsArticleQueryVariables> = gql`
  query NewsArticle($slug: String!) {
    newsArticle(slug: $slug) {
      ...NewsArticleFields
    }
  }
  ${ARTICLE_FIELDS}
`;

/** The units an article may be written for or concern, for the editor's choices. */
export const NEWS_UNITS_QUERY: TypedDocumentNode<NewsUnitsQuery, NewsUnitsQueryVariables> = gql`
  query NewsUnits {
    units(first: 100) {
      nodes {
        ...NewsUnitFields
      }
    }
  }
  ${UNIT_FIELDS}
`;

/** Saves a new draft. Role: editor. */
export const NEWS_ARTICLE_CREATE_MUTATION: TypedDocumentNode<NewsArticleCreateMutation, NewsArticleCreateMutationVariables> = gql`
  mutation NewsArticleCreate($input: NewsArticleCreateInput!) {
    newsArticleCreate(input: $input) {
      newsArticle {
        ...NewsArticleFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ARTICLE_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Replaces the text of an article read at `version` (a stale one is a CONFLICT). Role: editor. */
export const NEWS_ARTICLE_UPDATE_MUTATION: TypedDocumentNode<NewsArticleUpdateMutation, NewsArticleUpdateMutationVariables> = gql`
  mutation NewsArticleUpdate($input: NewsArticleUpdateInput!) {
    newsArticleUpdate(input: $input) {
      newsArticle {
        ...NewsArticleFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ARTICLE_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Publishes now, or at `at` (ISO instant with offset) to schedule. Role: editor. */
export const NEWS_ARTICLE_PUBLISH_MUTATION: TypedDocumentNode<NewsArticlePublishMutation, NewsArticlePublishMutationVariables> = gql`
  mutation NewsArticlePublish($input: NewsArticlePublishInput!) {
    newsArticlePublish(input: $input) {
      newsArticle {
        ...NewsArticleFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ARTICLE_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Takes a published article off the portal, with a reason. Role: editor. */
export const NEWS_ARTICLE_WITHDRAW_MUTATION: TypedDocumentNode<NewsArticleWithdrawMutation, NewsArticleWithdrawMutationVariables> = gql`
  mutation NewsArticleWithdraw($input: NewsArticleWithdrawInput!) {
    newsArticleWithdraw(input: $input) {
      newsArticle {
        ...NewsArticleFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ARTICLE_FIELDS}
  ${USER_ERROR_FIELDS}
`;
