import type { Database } from '@egov/db';
import { createTestDatabase } from '@egov/db/testing';
import { createPortalRepositories, portalMigrations, seedFirstDataSet, type PortalRepositories } from '@egov/portal-data';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSiteMapRoutes } from './site-map';
import { childrenNamed, childText, parseXml } from './xml-document';

const ORIGIN = 'https://stttt.langson.gov.vn';
const SEEDED_SLUG = 'hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020';

const remote = (id: string, routeBase: string, pages?: RemoteManifestEntry['pages']): RemoteManifestEntry => ({
  id,
  entry: `/remotes/${id}/mf-manifest.json`,
  routeBase,
  nav: { vi: id, en: id },
  order: 10,
  ...(pages ? { pages } : {}),
});

describe('the site map and robots.txt', () => {
  let db: Database;
  let repositories: PortalRepositories;
  let app: FastifyInstance;
  let remotes: RemoteManifestEntry[] = [];
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const locsOf = (xml: string, entry: 'url' | 'sitemap') => childrenNamed(parseXml(xml), entry).map((element) => childText(element, 'loc'));

  beforeAll(async () => {
    db = await createTestDatabase('pglite', portalMigrations);
    await seedFirstDataSet(db);
    repositories = createPortalRepositories(db);
    app = Fastify();
    registerSiteMapRoutes(app, { repositories, portalOrigin: () => ORIGIN, remotes: async () => remotes });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('indexes the pages file and one file per year of news, with absolute addresses on the portal', async () => {
    remotes = [remote('news', '/tin-tuc'), remote('procedures', '/thu-tuc')];
    const response = await get('/sitemap.xml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(parseXml(response.body).attributes['xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(locsOf(response.body, 'sitemap')).toEqual([`${ORIGIN}/sitemaps/trang.xml`, `${ORIGIN}/sitemaps/tin-tuc-2020.xml`]);
  });

  it("lists the home page, each remote's base and declared public pages, and every procedure, in Vietnamese with the English alternate", async () => {
    remotes = [remote('statistics', '/thong-ke', { public: ['/dia-ban'], staff: ['/cap-nhat'] }), remote('procedures', '/thu-tuc', { public: ['/giay-phep'] })];
    const response = await get('/sitemaps/trang.xml');
    expect(response.statusCode).toBe(200);
    expect(locsOf(response.body, 'url')).toEqual(
      ['/', '/open-data', '/thong-ke', '/thong-ke/dia-ban', '/thu-tuc', '/thu-tuc/giay-phep', '/thu-tuc/LSN-TTTT-01', '/thu-tuc/LSN-TTTT-02', '/thu-tuc/LSN-TTTT-03'].map((path) => `${ORIGIN}${path}?lang=vi`),
    );
    const [home] = childrenNamed(parseXml(response.body), 'url');
    expect(childrenNamed(home!, 'xhtml:link').map((link) => [link.attributes['hreflang'], link.attributes['href']])).toEqual([
      ['vi', `${ORIGIN}/?lang=vi`],
      ['en', `${ORIGIN}/?lang=en`],
      ['x-default', `${ORIGIN}/?lang=vi`],
    ]);
    expect(response.body).not.toContain('/cap-nhat');
  });

  it('lists the articles of a year with their last change, answers again with 304, and changes when an article is published', async () => {
    remotes = [remote('news', '/tin-tuc')];
    const first = await get('/sitemaps/tin-tuc-2020.xml');
    expect(first.statusCode).toBe(200);
    const [article] = childrenNamed(parseXml(first.body), 'url');
    expect(childText(article!, 'loc')).toBe(`${ORIGIN}/tin-tuc/${SEEDED_SLUG}?lang=vi`);
    // F61: published on 30/06/2020 at 15:54 in Lạng Sơn.
    expect(childText(article!, 'lastmod')).toBe('2020-06-30T08:54:00.000Z');
    const etag = first.headers['etag'] as string;
    expect((await get('/sitemaps/tin-tuc-2020.xml', { 'if-none-match': etag })).statusCode).toBe(304);

    const draft = await repositories.news.createDraft(
      { title: 'Tin mới trong sơ đồ trang', bodyHtml: '<p>Nội dung.</p>', authorName: 'Văn phòng Sở', authorUnitCode: 'so-tttt' },
      { actor: 'site-map-spec' },
    );
    await repositories.news.publish(draft.id, draft.version, { at: '2020-07-01T08:00:00+07:00' }, { actor: 'site-map-spec' });
    const after = await get('/sitemaps/tin-tuc-2020.xml', { 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(locsOf(after.body, 'url')).toEqual([`${ORIGIN}/tin-tuc/${draft.slug}?lang=vi`, `${ORIGIN}/tin-tuc/${SEEDED_SLUG}?lang=vi`]);
  });

  it('answers 404 for a year without news, a file it does not make, and articles when no remote shows news', async () => {
    remotes = [remote('news', '/tin-tuc')];
    expect((await get('/sitemaps/tin-tuc-2019.xml')).statusCode).toBe(404);
    expect((await get('/sitemaps/khac.xml')).statusCode).toBe(404);
    remotes = [];
    expect((await get('/sitemaps/tin-tuc-2020.xml')).statusCode).toBe(404);
  });

  it("keeps crawlers out of the shell's and the remotes' staff pages, and points them to the site map", async () => {
    remotes = [remote('news', '/tin-tuc', { staff: ['/bien-tap'] }), remote('inspections', '/thanh-tra', { staff: ['/nghiep-vu'] })];
    const response = await get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = response.body.split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines.filter((line) => line.startsWith('Disallow: '))).toEqual(
      expect.arrayContaining(['Disallow: /dang-nhap', 'Disallow: /quan-tri', 'Disallow: /graphql', 'Disallow: /tin-tuc/bien-tap', 'Disallow: /thanh-tra/nghiep-vu']),
    );
    expect(lines).not.toContain('Disallow: /tin-tuc');
    expect(lines).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});
