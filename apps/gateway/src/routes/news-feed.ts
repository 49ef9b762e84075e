import type { Article } from '@egov/news-model';
import { sanitizeArticleHtml } from '@egov/news-server';
import type { PortalRepositories } from '@egov/portal-data';
import type { FastifyInstance } from 'fastify';
import { Feed } from 'feed';
import { entityTag, sendCacheable } from './conditional-get';

/** Entries of the feed: the newest published articles, as many as a reader needs to catch up. */
export const NEWS_FEED_SIZE = 50;

export const NEWS_FEED_PATH = '/feeds/news.atom';

/** Part of the feed's ETag: change it when the document's shape changes, so readers fetch it anew. */
const FEED_DOCUMENT = 'atom-1';

const FEED_TITLE = 'Tin tức — Sở Thông tin và Truyền thông tỉnh Lạng Sơn';
const FEED_SUBTITLE = 'Tin bài đã đăng trên Cổng thông tin (News published on the portal of the Lạng Sơn Department of Information and Communications)';

/** Where the news remote is routed (its route base in apps/shell/remotes.json): articles live below it. */
export const NEWS_ROUTE_BASE = '/tin-tuc';

/** The address of an article's page on the portal; its slug never changes, so it is also the entry's id. */
export const articlePageUrl = (origin: string, slug: string) => `${origin}${NEWS_ROUTE_BASE}/${slug}`;

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

// Characters XML 1.0 cannot carry at all, even escaped; a pasted text may hold them.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Plain text (a title, a summary) as the HTML that Atom's `type="html"` elements carry: a title
 * "A <b> & B" must read as those words, not as markup. (The feed library splits a `]]>` across
 * two CDATA sections itself.)
 */
const textAsHtml = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => htmlEscapes[c] ?? c);

/**
 * A stored body, sanitised again with the article policy (a feed reader renders it, and a row can
 * be written around the portal), without characters XML cannot carry.
 */
const bodyAsContent = (html: string) => sanitizeArticleHtml(html.replace(NOT_XML, ''));

/**
 * When an entry last changed in a way a reader should see: its publication, or a later edit
 * (once published, an edit must carry a change note). Loading or restoring the article changes
 * its row, not what it says.
 */
function entryUpdated(article: Article, published: Date): Date {
  const updated = new Date(article.updatedAt);
  return article.changeNote !== null && updated > published ? updated : published;
}

/** The Atom document of the given articles (newest first), with absolute links under `origin`. */
export function renderNewsFeed(articles: readonly Article[], origin: string): string {
  const entries = articles
    .filter((article): article is Article & { publishedAt: string } => article.publishedAt !== null)
    .map((article) => {
      const published = new Date(article.publishedAt);
      return { article, published, updated: entryUpdated(article, published) };
    });
  // An empty feed has nothing to date it by; the epoch keeps its ETag the same from one request to the next.
  const updated = new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime())));
  const feed = new Feed({
    id: `${origin}${NEWS_ROUTE_BASE}`,
    title: FEED_TITLE,
    description: FEED_SUBTITLE,
    link: `${origin}${NEWS_ROUTE_BASE}`,
    feed: `${origin}${NEWS_FEED_PATH}`,
    language: 'vi',
    updated,
    generator: 'egov-portal',
    copyright: 'Sở Thông tin và Truyền thông tỉnh Lạng Sơn',
  });
  for (const { article, published, updated: entryDate } of entries) {
    const url = articlePageUrl(origin, article.slug);
    feed.addItem({
      id: url,
      link: url,
      title: textAsHtml(article.title),
      description: textAsHtml(article.summary),
      content: bodyAsContent(article.bodyHtml),
      author: [{ name: article.authorName }],
      published,
      date: entryDate,
    });
  }
  return feed.atom1();
}

export interface NewsFeedDependencies {
  repositories: Pick<PortalRepositories, 'news'>;
  /** The portal's address (PUBLIC_URL, else where it listens): entry ids and links never follow the request's Host. */
  portalOrigin: () => string;
}

/**
 * `GET /feeds/news.atom`: an Atom feed of the news the public can read now (no drafts, nothing
 * withdrawn, nothing scheduled for later), newest first. Readers poll it, so it carries an ETag
 * over the document and answers a matching `If-None-Match` with 304.
 */
export function registerNewsFeedRoute(app: FastifyInstance, deps: NewsFeedDependencies): void {
  app.get(NEWS_FEED_PATH, async (request, reply) => {
    const origin = deps.portalOrigin();
    // The tag comes from one cheap statement, so a reader polling an unchanged feed costs no article read.
    const stamp = await deps.repositories.news.publishedChangeStamp();
    return sendCacheable(request, reply, {
      body: async () => renderNewsFeed((await deps.repositories.news.listPublished({ first: NEWS_FEED_SIZE })).items, origin),
      contentType: 'application/atom+xml; charset=utf-8',
      etag: entityTag(`${FEED_DOCUMENT}\n${origin}\n${stamp}`),
      // A few minutes of staleness is fine for news; after that, revalidate with the ETag.
      cacheControl: 'public, max-age=300',
    });
  });
}
