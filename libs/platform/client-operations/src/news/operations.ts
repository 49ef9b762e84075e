import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UserErrorFields } from '../session';

/** Where an article is in its life (`NewsArticleState`); PUBLISHED with a future `publishedAt` is scheduled. */
export type NewsArticleState = 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN';

/** A unit as the news pages name it. */
export interface NewsUnitFields {
  __typename?: 'Unit';
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
}

/** An article as a list shows it. */
export interface NewsListItemFields {
  __typename?: 'NewsArticle';
  id: string;
  slug: string;
  title: string;
  summary: string;
  state: NewsArticleState;
  /** ISO instant; null for a draft. */
  publishedAt: string | null;
  /** ISO instant. */
  updatedAt: string;
  authorUnit: NewsUnitFields;
  version: number;
}

/** An image of an article (the files of the first data set are not available: only names and captions). */
export interface NewsImageFields {
  __typename?: 'NewsImage';
  fileName: string;
  captionVi: string;
  altVi: string;
  position: number;
}

/** An article as its page and the editor show it. */
export interface NewsArticleFields extends NewsListItemFields {
  bodyHtml: string;
  firstPublishedAt: string | null;
  changeNote: string | null;
  withdrawalReason: string | null;
  /** YYYY-MM-DD. */
  eventDate: string | null;
  /** A statistics period code (2020-H1). */
  reportsPeriod: string | null;
  topics: string[];
  images: NewsImageFields[];
  authorName: string;
  relatedUnits: NewsUnitFields[];
}

/** A page of articles. */
export interface NewsPageFields<Item = NewsListItemFields> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
  nodes: Item[];
}

const LIST_ITEM = /* GraphQL */ `
  id
  slug
  title
  summary
  state
  publishedAt
  updatedAt
  version
  authorUnit {
    id
    code
    nameVi
    nameEn
  }
`;

export interface NewsArticlesQuery {
  newsArticles: NewsPageFields;
}
export interface NewsArticlesVariables {
  first: number;
  offset: number;
}

/** A numbered page of the published articles, newest first. */
export const NEWS_ARTICLES_QUERY: TypedDocumentNode<NewsArticlesQuery, NewsArticlesVariables> = gql`
  query NewsArticles($first: Int!, $offset: Int!) {
    newsArticles(first: $first, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ${LIST_ITEM}
      }
    }
  }
`;

export interface NewsSearchQuery {
  newsSearch: Omit<NewsPageFields, 'totalCount'>;
  newsSearchCount: { count: number; precision: 'EXACT' | 'AT_LEAST' };
}
export interface NewsSearchVariables {
  query: string;
  first: number;
  offset: number;
}

/**
 * A numbered page of the published articles matching a search, best first, and how many match up
 * to 1,000 (50 pages): a common word's exact count would read every article holding it.
 */
export const NEWS_SEARCH_QUERY: TypedDocumentNode<NewsSearchQuery, NewsSearchVariables> = gql`
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
        ${LIST_ITEM}
      }
    }
  }
`;

export interface NewsEditorialArticlesQuery {
  newsEditorialArticles: NewsPageFields;
}

/** The editors' work list: drafts, scheduled and withdrawn articles, last saved first. */
export const NEWS_EDITORIAL_ARTICLES_QUERY: TypedDocumentNode<NewsEditorialArticlesQuery, NewsArticlesVariables> = gql`
  query NewsEditorialArticles($first: Int!, $offset: Int!) {
    newsEditorialArticles(first: $first, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ${LIST_ITEM}
      }
    }
  }
`;

const ARTICLE = /* GraphQL */ `
  ${LIST_ITEM}
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
    id
    code
    nameVi
    nameEn
  }
`;

export interface NewsArticleQuery {
  newsArticle: NewsArticleFields | null;
}

/** One article by its address; editors also get drafts, scheduled and withdrawn ones. */
export const NEWS_ARTICLE_QUERY: TypedDocumentNode<NewsArticleQuery, { slug: string }> = gql`
  query NewsArticle($slug: String!) {
    newsArticle(slug: $slug) {
      ${ARTICLE}
    }
  }
`;

export interface NewsUnitsQuery {
  units: { nodes: NewsUnitFields[] };
}

/** The units an article may be written for or concern, for the editor's choices. */
export const NEWS_UNITS_QUERY: TypedDocumentNode<NewsUnitsQuery, Record<string, never>> = gql`
  query NewsUnits {
    units(first: 100) {
      nodes {
        id
        code
        nameVi
        nameEn
      }
    }
  }
`;

/** An image as the editor gives it. */
export interface NewsImageInput {
  fileName: string;
  captionVi: string;
  altVi?: string | null;
  position: number;
}

/** What the editor writes (`NewsArticleCreateInput`, and the content of `NewsArticleUpdateInput`). */
export interface NewsArticleContentInput {
  title: string;
  summary?: string | null;
  bodyHtml: string;
  authorName: string;
  authorUnitCode: string;
  relatedUnitCodes?: string[] | null;
  eventDate?: string | null;
  reportsPeriod?: string | null;
  topics?: string[] | null;
  images?: NewsImageInput[] | null;
}

export interface NewsArticleUpdateInput extends NewsArticleContentInput {
  id: string;
  version: number;
  changeNote?: string | null;
}

/** A mutation's answer: the article, or why not. */
export interface NewsArticlePayload {
  newsArticle: NewsArticleFields | null;
  userErrors: UserErrorFields[];
}

export interface NewsArticleCreateMutation {
  newsArticleCreate: NewsArticlePayload;
}

/** Saves a new draft. Role: editor. */
export const NEWS_ARTICLE_CREATE_MUTATION: TypedDocumentNode<NewsArticleCreateMutation, { input: NewsArticleContentInput }> = gql`
  mutation NewsArticleCreate($input: NewsArticleCreateInput!) {
    newsArticleCreate(input: $input) {
      newsArticle {
        ${ARTICLE}
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export interface NewsArticleUpdateMutation {
  newsArticleUpdate: NewsArticlePayload;
}

/** Replaces the text of an article read at `version` (a stale one is a CONFLICT). Role: editor. */
export const NEWS_ARTICLE_UPDATE_MUTATION: TypedDocumentNode<NewsArticleUpdateMutation, { input: NewsArticleUpdateInput }> = gql`
  mutation NewsArticleUpdate($input: NewsArticleUpdateInput!) {
    newsArticleUpdate(input: $input) {
      newsArticle {
        ${ARTICLE}
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export interface NewsArticlePublishMutation {
  newsArticlePublish: NewsArticlePayload;
}

/** Publishes now, or at `at` (ISO instant with offset) to schedule. Role: editor. */
export const NEWS_ARTICLE_PUBLISH_MUTATION: TypedDocumentNode<
  NewsArticlePublishMutation,
  { input: { id: string; version: number; at?: string | null } }
> = gql`
  mutation NewsArticlePublish($input: NewsArticlePublishInput!) {
    newsArticlePublish(input: $input) {
      newsArticle {
        ${ARTICLE}
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export interface NewsArticleWithdrawMutation {
  newsArticleWithdraw: NewsArticlePayload;
}

/** Takes a published article off the portal, with a reason. Role: editor. */
export const NEWS_ARTICLE_WITHDRAW_MUTATION: TypedDocumentNode<
  NewsArticleWithdrawMutation,
  { input: { id: string; version: number; reason: string } }
> = gql`
  mutation NewsArticleWithdraw($input: NewsArticleWithdrawInput!) {
    newsArticleWithdraw(input: $input) {
      newsArticle {
        ${ARTICLE}
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;
