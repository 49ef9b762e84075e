import type { RemoteManifestEntry } from '@egov/remote-manifest';
import type { PortalRepositories } from '@egov/portal-data';
import type { FastifyInstance } from 'fastify';
import { entityTag, sendCacheable } from './conditional-get';
import { escapeHtml } from './page-document';

export const SITEMAP_PATH = '/sitemap.xml';
export const ROBOTS_PATH = '/robots.txt';
/** The files the sitemap index names: the pages, then the articles of each year. */
export const SITEMAPS_FOLDER = '/sitemaps';
const PAGES_FILE = 'trang.xml';
const articlesFile = (year: number) => `tin-tuc-${year}.xml`;

/** Part of every ETag here: change it when the documents' shape changes. */
const DOCUMENT_SHAPE = 'sitemap-1';
/** Search engines come back daily at most; an hour of staleness costs nothing. */
const CACHE_CONTROL = 'public, max-age=3600';

/** The shell's own pages for signed-in staff (apps/shell/src/routing/routes.ts), and the API. */
const SHELL_STAFF_PATHS = ['/dang-nhap', '/dat-lai-mat-khau', '/tai-khoan', '/quan-tri', '/graphql'];
/** The shell's public pages besides the remotes', and the gateway's open-data index. */
const SHELL_PUBLIC_PATHS = ['/', '/open-data'];

export interface SiteMapDependencies {
  repositories: Pick<PortalRepositories, 'news' | 'procedures'>;
  /** The portal's address: a sitemap lists absolute URLs, never on the host a client used. */
  portalOrigin: () => string;
  /** The remotes the portal serves now (its manifest): their route bases and declared pages. */
  remotes: () => Promise<readonly RemoteManifestEntry[]>;
}

/** One `<url>`: the Vietnamese page (the canonical one), its English alternate, and when it last changed. */
function urlEntry(origin: string, path: string, lastChanged?: string): string {
  const at = (language: 'vi' | 'en') => escapeHtml(`${origin}${path}?lang=${language}`);
  return [
    '<url>',
    `<loc>${at('vi')}</loc>`,
    lastChanged ? `<lastmod>${lastChanged}</lastmod>` : '',
    `<xhtml:link rel="alternate" hreflang="vi" href="${at('vi')}"/>`,
    `<xhtml:link rel="alternate" hreflang="en" href="${at('en')}"/>`,
    `<xhtml:link rel="alternate" hreflang="x-default" href="${at('vi')}"/>`,
    '</url>',
  ].join('');
}

const urlSet = (entries: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;

/** Where the remote `id` is routed among `remotes`, or null when the portal does not serve it. */
const routeBaseOf = (remotes: readonly RemoteManifestEntry[], id: string) => remotes.find((remote) => remote.id === id)?.routeBase ?? null;

/**
 * The site map for search engines, from what the portal holds now:
 * - `/sitemap.xml`, an index of `/sitemaps/trang.xml` (the shell's public pages, each remote's
 *   route base and the public pages its manifest entry declares, every procedure) and one
 *   `/sitemaps/tin-tuc-<year>.xml` per year of published news (Viet Nam's calendar, at most 50,000
 *   articles a file, the protocol's limit), each read from a range of the public index: its cost
 *   does not grow with the years of news;
 * - `/robots.txt`, pointing to it and keeping crawlers out of the staff pages the manifest declares.
 * Every page is listed in Vietnamese, with its English alternate.
 */
export function registerSiteMapRoutes(app: FastifyInstance, deps: SiteMapDependencies): void {
  app.get(ROBOTS_PATH, async (request, reply) => {
    const remotes = await deps.remotes();
    const staff = [...SHELL_STAFF_PATHS, ...remotes.flatMap((remote) => (remote.pages?.staff ?? []).map((path) => `${remote.routeBase}${path}`))];
    const body = ['User-agent: *', ...staff.map((path) => `Disallow: ${path}`), '', `Sitemap: ${deps.portalOrigin()}${SITEMAP_PATH}`, ''].join('\n');
    return sendCacheable(request, reply, { body, contentType: 'text/plain; charset=utf-8', etag: entityTag(body), cacheControl: CACHE_CONTROL });
  });

  app.get(SITEMAP_PATH, async (request, reply) => {
    const origin = deps.portalOrigin();
    const files = [PAGES_FILE, ...(await deps.repositories.news.publishedYears()).map(articlesFile)];
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files
      .map((file) => `<sitemap><loc>${escapeHtml(`${origin}${SITEMAPS_FOLDER}/${file}`)}</loc></sitemap>`)
      .join('\n')}\n</sitemapindex>\n`;
    return sendCacheable(request, reply, { body, contentType: 'application/xml; charset=utf-8', etag: entityTag(body), cacheControl: CACHE_CONTROL });
  });

  app.get<{ Params: { file: string } }>(`${SITEMAPS_FOLDER}/:file`, async (request, reply) => {
    const origin = deps.portalOrigin();
    const { file } = request.params;
    if (file === PAGES_FILE) {
      const remotes = await deps.remotes();
      const proceduresBase = routeBaseOf(remotes, 'procedures');
      const paths = [
        ...SHELL_PUBLIC_PATHS,
        ...remotes.flatMap((remote) => [remote.routeBase, ...(remote.pages?.public ?? []).map((path) => `${remote.routeBase}${path}`)]),
        ...(proceduresBase ? (await deps.repositories.procedures.list()).map((procedure) => `${proceduresBase}/${encodeURIComponent(procedure.code)}`) : []),
      ];
      const body = urlSet(paths.map((path) => urlEntry(origin, path)));
      return sendCacheable(request, reply, { body, contentType: 'application/xml; charset=utf-8', etag: entityTag(body), cacheControl: CACHE_CONTROL });
    }
    const year = /^tin-tuc-(\d{4})\.xml$/.exec(file)?.[1];
    const newsBase = routeBaseOf(await deps.remotes(), 'news');
    if (!year || !newsBase || !(await deps.repositories.news.publishedYears()).includes(Number(year))) return reply.callNotFound();
    // One cheap statement decides whether the reader's copy is current, before any article is read.
    const stamp = await deps.repositories.news.publishedChangeStamp();
    return sendCacheable(request, reply, {
      body: async () => {
        const articles = await deps.repositories.news.publishedInYear(Number(year));
        return urlSet(articles.map((article) => urlEntry(origin, `${newsBase}/${encodeURIComponent(article.slug)}`, article.lastChanged)));
      },
      contentType: 'application/xml; charset=utf-8',
      etag: entityTag(`${DOCUMENT_SHAPE}\n${origin}\n${newsBase}\n${year}\n${stamp}`),
      cacheControl: CACHE_CONTROL,
    });
  });
}
