import { connectionTypeDefs, payloadTypeDefs } from '@egov/graphql';

/** The news' part of the schema: articles, their images, the public lists and search, and the editors' mutations. */
export const newsTypeDefs = /* GraphQL */ `
  "Where an article (bài viết) is in its life."
  enum NewsArticleState {
    "Bản nháp: written, not yet on the portal."
    DRAFT
    "Đã đăng: on the portal (or scheduled, when its publication time lies ahead)."
    PUBLISHED
    "Đã gỡ: taken down, with a reason."
    WITHDRAWN
  }

  "An image of an article (ảnh), by file name, with its caption and alternative text."
  type NewsImage {
    "File name, letters, digits, dots, hyphens and underscores."
    fileName: String!
    "Caption shown under the image (chú thích)."
    captionVi: String!
    "Alternative text for screen readers (văn bản thay thế); the caption when the editor gave none."
    altVi: String!
    "Order among the article's images, from 1."
    position: Int!
  }

  "A news article (tin bài) of the department's portal."
  type NewsArticle implements Node {
    id: ID!
    "The article's address on the portal, lower-case ASCII words joined by hyphens; never changes."
    slug: String!
    "Title (tiêu đề), plain text."
    title: String!
    "Summary (tóm tắt), plain text of at most 300 characters."
    summary: String!
    "Body (nội dung) as HTML, sanitised when written: no scripts, event handlers, styles or frames."
    bodyHtml: String!
    "Where the article is in its life; the public only ever sees PUBLISHED."
    state: NewsArticleState!
    "When the article went (or goes, if scheduled) on the portal (thời điểm đăng)."
    publishedAt: DateTime
    "When the article was first published; stays the same through corrections."
    firstPublishedAt: DateTime
    "When the article was last saved."
    updatedAt: DateTime!
    "What the last correction changed (ghi chú đính chính)."
    changeNote: String
    "Why the article was taken down (lý do gỡ), when withdrawn."
    withdrawalReason: String
    "The day the event reported on took place (ngày diễn ra sự kiện)."
    eventDate: Date
    "The statistics period the article reports on: 2020, 2020-H1, 2020-Q3 or 2020-06."
    reportsPeriod: String
    "Topics (chủ đề), in the editor's order."
    topics: [String!]!
    "Images, by position."
    images: [NewsImage!]!
    "The author's name as printed (tác giả)."
    authorName: String!
    "The unit the author writes for (đơn vị tác giả)."
    authorUnit: Unit!
    "Units the article concerns (đơn vị liên quan), in the editor's order."
    relatedUnits: [Unit!]!
    "Version for optimistic concurrency: name it when changing the article."
    version: Int!
  }

  ${connectionTypeDefs('NewsArticle', 'A page of news articles.')}

  extend type Query {
    """
    Published articles (tin đã đăng), newest first. Pages go forward only: first (1..100, default 20)
    and either after (an endCursor or edge cursor of this list) or offset (to open a numbered page).
    """
    newsArticles(
      first: Int
      after: String
      "How many articles to skip from the newest (page numbers: (page - 1) × first); not with after."
      offset: Int
    ): NewsArticleConnection!
    "The article at an address. The public sees published ones only; editors and admins see drafts and withdrawn ones too."
    newsArticle(slug: String!): NewsArticle
    """
    Published articles matching a query (at most 200 characters), ignoring case and diacritics
    ("hoi nghi" finds "Hội nghị"), best first: the title counts most, then summary and topics, then the body.
    """
    newsSearch(
      query: String!
      first: Int
      after: String
      last: Int
      before: String
      "How many results to skip from the best (page numbers: (page - 1) × first); not with after, last or before."
      offset: Int
    ): NewsArticleConnection!
    """
    How many published articles match a query, as newsSearch finds them, counted up to limit
    (1..10000, default 1000): a common word matches most articles, and counting them all reads them all.
    """
    newsSearchCount(query: String!, limit: Int): Count!
    """
    The editors' work list (bài chờ đăng): articles the public does not see now (drafts, articles
    scheduled for later, withdrawn ones), last saved first; first (1..100, default 20) and offset.
    Role: editor.
    """
    newsEditorialArticles(
      first: Int
      "How many articles to skip from the last saved."
      offset: Int
    ): NewsArticleConnection!
  }

  "An image as the editor gives it."
  input NewsImageInput {
    "File name: letters, digits, dots, hyphens and underscores, no folders (at most 255 characters)."
    fileName: String!
    "Caption shown under the image (chú thích), at most 500 characters."
    captionVi: String!
    "Defaults to the caption."
    altVi: String
    "Order among the article's images, from 1; unique within the article."
    position: Int!
  }

  "What an editor writes when creating a draft (soạn tin)."
  input NewsArticleCreateInput {
    "The address; derived from the title when not given. Must be free."
    slug: String
    "Title (tiêu đề), plain text of at most 300 characters."
    title: String!
    "Derived from the body's first sentences when not given."
    summary: String
    "HTML; sanitised before it is stored."
    bodyHtml: String!
    "The author's name as printed (tác giả), at most 200 characters."
    authorName: String!
    "Code of the author's unit, e.g. trung-tam-cntt-tt."
    authorUnitCode: String!
    "Codes of the units the article concerns."
    relatedUnitCodes: [String!]
    "The day the event reported on took place (ngày diễn ra sự kiện), YYYY-MM-DD; optional."
    eventDate: Date
    "The statistics period the article reports on: 2020, 2020-H1, 2020-Q3 or 2020-06; optional."
    reportsPeriod: String
    "Topics (chủ đề), in the order to show them; at most 20."
    topics: [String!]
    "Images, at most 30, each with a distinct position."
    images: [NewsImageInput!]
  }

  "A whole new text of an article (sửa tin): every field is replaced. The slug never changes."
  input NewsArticleUpdateInput {
    "The article's global id."
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "What changed: required once the article has been published (đính chính)."
    changeNote: String
    "Title (tiêu đề), plain text of at most 300 characters."
    title: String!
    "Summary (tóm tắt), at most 300 characters; derived from the body's first sentences when not given."
    summary: String
    "Body as HTML; sanitised before it is stored."
    bodyHtml: String!
    "The author's name as printed (tác giả), at most 200 characters."
    authorName: String!
    "Code of the author's unit, e.g. trung-tam-cntt-tt."
    authorUnitCode: String!
    "Codes of the units the article concerns (đơn vị liên quan)."
    relatedUnitCodes: [String!]
    "The day the event reported on took place (ngày diễn ra sự kiện), YYYY-MM-DD."
    eventDate: Date
    "The statistics period the article reports on: 2020, 2020-H1, 2020-Q3 or 2020-06."
    reportsPeriod: String
    "Topics (chủ đề), in the order to show them; at most 20."
    topics: [String!]
    "Images, at most 30, each with a distinct position."
    images: [NewsImageInput!]
  }

  "Publish a draft or restore a withdrawn article (đăng tin)."
  input NewsArticlePublishInput {
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "When to publish: a future instant schedules the article; omitted, now (a restored article keeps its time)."
    at: DateTime
  }

  "Take a published article off the portal (gỡ tin)."
  input NewsArticleWithdrawInput {
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "Why, kept in the audit trail (at most 1000 characters)."
    reason: String!
  }

  ${payloadTypeDefs('NewsArticleCreatePayload', 'The result of newsArticleCreate.', 'newsArticle', 'NewsArticle', 'The new draft; null when userErrors says why not.')}
  ${payloadTypeDefs('NewsArticleUpdatePayload', 'The result of newsArticleUpdate.', 'newsArticle', 'NewsArticle')}
  ${payloadTypeDefs('NewsArticlePublishPayload', 'The result of newsArticlePublish.', 'newsArticle', 'NewsArticle')}
  ${payloadTypeDefs('NewsArticleWithdrawPayload', 'The result of newsArticleWithdraw.', 'newsArticle', 'NewsArticle')}

  extend type Mutation {
    "Saves a new draft. Role: editor."
    newsArticleCreate(input: NewsArticleCreateInput!): NewsArticleCreatePayload!
    "Replaces what an editor wrote, if the article is still at the version given. Role: editor."
    newsArticleUpdate(input: NewsArticleUpdateInput!): NewsArticleUpdatePayload!
    "Publishes a draft (now or at a given time) or restores a withdrawn article. Role: editor."
    newsArticlePublish(input: NewsArticlePublishInput!): NewsArticlePublishPayload!
    "Takes a published article off the portal, saying why. Role: editor."
    newsArticleWithdraw(input: NewsArticleWithdrawInput!): NewsArticleWithdrawPayload!
  }
`;
