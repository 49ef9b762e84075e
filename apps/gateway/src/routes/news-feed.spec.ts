import { createPortalRepositories, type PortalRepositories } from '@egov/portal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from '../test-gateway';
import { NEWS_FEED_PATH } from './news-feed';
import { childrenNamed, childText, parseXml, type XmlElement } from './xml-document';

const SEEDED_TITLE = 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020';
const asSeedEditor = { actor: 'feed-spec' };

/** What a feed reader shows for a `type="html"` element: the HTML's text. */
const htmlText = (html: string | undefined) =>
  (html ?? '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

const draftInput = (title: string, slug: string) => ({
  slug,
  title,
  bodyHtml: '<p>Nội dung thử nghiệm: đường truyền ổn định.</p><script>alert(1)</script><img src=x onerror="alert(2)">',
  authorName: 'Phòng Thông tin - Báo chí - Xuất bản',
  authorUnitCode: 'phong-ttbcxb',
});

describe(`GET ${NEWS_FEED_PATH}`, () => {
  let gateway: RunningGateway;
  let repos: PortalRepositories;
  beforeAll(async () => {
    gateway = await startTestGateway();
    repos = createPortalRepositories(gateway.db);
  });
  afterAll(() => gateway.stop());

  const fetchFeed = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${gateway.url}${NEWS_FEED_PATH}`, { headers });
    return { response, text: await response.text() };
  };
  const entries = async (): Promise<XmlElement[]> => childrenNamed(parseXml((await fetchFeed()).text), 'entry');
  const entryTitles = async () => (await entries()).map((entry) => htmlText(childText(entry, 'title')));

  it('is a well-formed Atom feed of the seeded article, with its date, author, link and sanitised body', async () => {
    const { response, text } = await fetchFeed();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');

    const feed = parseXml(text);
    expect(feed.name).toBe('feed');
    expect(feed.attributes['xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(childText(feed, 'id')).toBe(`${gateway.url}/tin-tuc`);
    expect(childText(feed, 'title')).toContain('Sở Thông tin và Truyền thông');
    const links = childrenNamed(feed, 'link').map((link) => link.attributes);
    expect(links).toContainEqual({ rel: 'self', href: `${gateway.url}${NEWS_FEED_PATH}` });
    expect(links).toContainEqual({ rel: 'alternate', href: `${gateway.url}/tin-tuc` });

    const [entry, ...others] = childrenNamed(feed, 'entry');
    expect(others).toEqual([]);
    const slug = (await repos.news.listPublished()).items[0]?.slug;
    expect(slug).toBeTruthy();
    expect(htmlText(childText(entry!, 'title'))).toBe(SEEDED_TITLE);
    expect(childText(entry!, 'id')).toBe(`${gateway.url}/tin-tuc/${slug}`);
    expect(childrenNamed(entry!, 'link')[0]?.attributes['href']).toBe(`${gateway.url}/tin-tuc/${slug}`);
    expect(Date.parse(childText(entry!, 'published')!)).toBe(Date.parse('2020-06-30T08:54:00Z'));
    // Loading the data set is not an edit: the entry is as new as its publication.
    expect(Date.parse(childText(entry!, 'updated')!)).toBe(Date.parse('2020-06-30T08:54:00Z'));
    expect(Date.parse(childText(feed, 'updated')!)).toBe(Date.parse('2020-06-30T08:54:00Z'));
    expect(childText(childrenNamed(entry!, 'author')[0]!, 'name')).toBe('Nguyễn Như Trang');
    expect(htmlText(childText(entry!, 'summary'))).toMatch(/^Ngày 26\/6\/2020, Sở Thông tin và Truyền thông/);
    const content = childrenNamed(entry!, 'content')[0]!;
    expect(content.attributes['type']).toBe('html');
    expect(content.text).toContain('<p>Ngày 26/6/2020, Sở Thông tin và Truyền thông ( TT&amp;TT) Lạng Sơn');
  });

  it("never writes the request's Host (or a forwarded host) into the feed, which caches pass to others", async () => {
    for (const headers of [{ host: 'evil.example' }, { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' }]) {
      const response = await gateway.app.inject({ method: 'GET', url: NEWS_FEED_PATH, headers });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('evil.example');
      expect(childText(parseXml(response.body), 'id')).toBe(`${gateway.url}/tin-tuc`);
    }
  });

  it('answers a conditional request for an unchanged feed with 304 and no body', async () => {
    const first = await fetchFeed();
    const etag = first.response.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.response.headers.get('cache-control')).toContain('public');

    const again = await fetchFeed({ 'if-none-match': etag! });
    expect(again.response.status).toBe(304);
    expect(again.text).toBe('');
    expect((await fetchFeed({ 'if-none-match': `"other", W/${etag}` })).response.status).toBe(304);
    expect((await fetchFeed({ 'if-none-match': '"something-else"' })).response.status).toBe(200);
  });

  it('leaves drafts and scheduled articles out, shows an article once published, and drops it when withdrawn', async () => {
    const before = (await fetchFeed()).response.headers.get('etag')!;
    const title = 'Thử nghiệm <b>đường truyền</b> & "Ơn" ]]> Lạng Sơn';
    const draft = await repos.news.createDraft(draftInput(title, 'thu-nghiem-duong-truyen'), asSeedEditor);
    expect(await entryTitles()).toEqual([SEEDED_TITLE]);
    // Nothing a reader sees changed, so a reader's copy is still current.
    expect((await fetchFeed({ 'if-none-match': before })).response.status).toBe(304);

    const scheduled = await repos.news.createDraft(draftInput('Tin hẹn giờ đăng', 'tin-hen-gio-dang'), asSeedEditor);
    await repos.news.publish(scheduled.id, scheduled.version, { at: new Date(Date.now() + 86_400_000).toISOString() }, asSeedEditor);
    expect(await entryTitles()).toEqual([SEEDED_TITLE]);

    const published = await repos.news.publish(draft.id, draft.version, {}, asSeedEditor);
    const shown = await entries();
    // Newest first; the title reads as the editor wrote it, markup and all, and the document stays well formed.
    expect(shown.map((entry) => htmlText(childText(entry, 'title')))).toEqual([title, SEEDED_TITLE]);
    expect(childText(shown[0]!, 'id')).toBe(`${gateway.url}/tin-tuc/thu-nghiem-duong-truyen`);
    expect(Date.parse(childText(shown[0]!, 'published')!)).toBe(Date.parse(published.publishedAt!));
    const body = childrenNamed(shown[0]!, 'content')[0]!.text;
    expect(body).toContain('<p>Nội dung thử nghiệm: đường truyền ổn định.</p>');
    expect(body).not.toMatch(/script|onerror/);
    expect((await fetchFeed({ 'if-none-match': before })).response.status).toBe(200);

    await repos.news.withdraw(published.id, published.version, 'Tin thử nghiệm', asSeedEditor);
    expect(await entryTitles()).toEqual([SEEDED_TITLE]);
  });

  // Last: it takes the database's check away, as a restored copy or a hand-made row would.
  it('sanitises again a body written around the portal and its database check', async () => {
    const [seeded] = (await repos.news.listPublished()).items;
    await gateway.db.exec('alter table news_articles drop constraint article_body_html_check');
    await gateway.db.query('update news_articles set body_html = $2 where id = $1', [
      seeded!.id,
      '<p>Sửa ngoài cổng</p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)" onclick="alert(4)">X</a>',
    ]);
    const body = childrenNamed((await entries())[0]!, 'content')[0]!.text;
    expect(body).toContain('<p>Sửa ngoài cổng</p>');
    expect(body).not.toMatch(/script|onerror|onclick|<img/);
  });
});

describe(`GET ${NEWS_FEED_PATH} with PUBLIC_URL`, () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ publicUrl: 'https://stttt.langson.gov.vn/' });
  });
  afterAll(() => gateway.stop());

  it('links every entry under the public address, whatever host the request named', async () => {
    const response = await gateway.app.inject({ method: 'GET', url: NEWS_FEED_PATH, headers: { host: 'evil.example' } });
    const feed = parseXml(response.body);
    expect(childText(feed, 'id')).toBe('https://stttt.langson.gov.vn/tin-tuc');
    const entry = childrenNamed(feed, 'entry')[0]!;
    expect(childText(entry, 'id')).toMatch(/^https:\/\/stttt\.langson\.gov\.vn\/tin-tuc\/[a-z0-9-]+$/);
    expect(response.body).not.toContain('evil.example');
  });
});
