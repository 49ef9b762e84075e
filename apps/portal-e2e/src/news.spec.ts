import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, recordGraphQLRequests, screenshot, signIn, staffAccount, startPortal, type GraphQLRequest, type RunningPortal } from './support';

// The News remote for citizens in the composed portal: the list with its pages and search in the
// address, an article, the feed, in Vietnamese and in English. Expected values come from the seed
// article (shared/seeds/FACTS.md, F58–F63).
const browser = await launchBrowser();
const editor = staffAccount('editor');

/** The remote mounts after the shell has read the manifest and loaded it. */
const MOUNT_TIMEOUT_MS = 15_000;

const SEED_TITLE = 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020';
const CAPTIONS = [
  'Đồng chí Nguyễn Quang Huy, Bí thư Chi bộ, Giám đốc Sở TT&TT phát biểu khai mạc Hội nghị.',
  'Lãnh đạo Sở TT&TT trao Giấy khen cho các tập thể và cá nhân điển hình tiên tiến ngành TT&TT giai đoạn 2016-2020.',
];
/** Articles the setup publishes besides the seed, so the list has two pages of 20. */
const EXTRA_ARTICLES = 21;

describe.skipIf(!browser)('the news pages in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  let citizenRequests: GraphQLRequest[] = [];

  beforeAll(async () => {
    portal = await startPortal({ staff: [editor] });
    // The editor publishes 21 articles through the API (dated January 2021, newer than the seed),
    // then signs out: the pages are then looked at as a citizen sees them.
    page = await browser!.newPage();
    await signIn(page, portal.url, editor, '/tin-tuc?lang=vi');
    const graphql = async (query: string, variables: Record<string, unknown>) => {
      const answer = await page.request.post(`${portal.url}/graphql`, { data: { query, variables } });
      const body = (await answer.json()) as { data: Record<string, { newsArticle: { id: string; version: number } | null; userErrors: unknown[] }> };
      const payload = Object.values(body.data)[0]!;
      expect(payload.userErrors).toEqual([]);
      return payload.newsArticle!;
    };
    for (let n = 1; n <= EXTRA_ARTICLES; n++) {
      const draft = await graphql(
        'mutation ($input: NewsArticleCreateInput!) { newsArticleCreate(input: $input) { newsArticle { id version } userErrors { message } } }',
        {
          input: {
            title: `Bản tin bưu chính viễn thông số ${n}`,
            bodyHtml: `<p>Bản tin số ${n} về mạng lưới bưu chính và viễn thông của tỉnh.</p>`,
            authorName: 'Phòng Bưu chính, Viễn thông',
            authorUnitCode: 'so-tttt',
          },
        },
      );
      const day = String(n).padStart(2, '0');
      await graphql('mutation ($input: NewsArticlePublishInput!) { newsArticlePublish(input: $input) { newsArticle { id version } userErrors { message } } }', {
        input: { id: draft.id, version: draft.version, at: `2021-01-${day}T08:00:00+07:00` },
      });
    }
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    citizenRequests = recordGraphQLRequests(page);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const heading = () => page.getByRole('main').getByRole('heading', { level: 1 });
  const open = async (path: string) => {
    const response = await page.goto(`${portal.url}${path}`);
    expect(response?.status()).toBe(200);
    await heading().waitFor({ timeout: MOUNT_TIMEOUT_MS });
  };
  const listTitles = () => page.getByRole('main').locator('li h3').allInnerTexts();

  it('lists the newest 20 articles first, each with its date, unit and summary, and links the feed', async () => {
    await open('/tin-tuc?lang=vi');
    expect(await heading().innerText()).toBe('Tin tức');
    await page.getByRole('link', { name: 'Bản tin bưu chính viễn thông số 21' }).waitFor();
    const titles = await listTitles();
    expect(titles).toHaveLength(20);
    expect(titles.slice(0, 2)).toEqual(['Bản tin bưu chính viễn thông số 21', 'Bản tin bưu chính viễn thông số 20']);
    const first = page.getByRole('main').locator('li').filter({ hasText: 'Bản tin bưu chính viễn thông số 21' });
    expect(await first.innerText()).toContain('21/01/2021');
    expect(await first.innerText()).toContain('Sở Thông tin và Truyền thông');
    expect(await page.getByText('Trang 1/2').count()).toBe(1);
    const feed = page.getByRole('link', { name: 'Nhận tin qua Atom (RSS)' });
    expect(await feed.getAttribute('href')).toBe('/feeds/news.atom');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-list');
  });

  it('keeps its page in the address: the seed article is on page 2, which survives a reload', async () => {
    const pagination = page.getByRole('navigation', { name: 'Phân trang danh sách tin' });
    await pagination.getByRole('link', { name: 'Trang sau' }).click();
    await page.getByRole('link', { name: SEED_TITLE }).waitFor();
    expect(new URL(page.url()).searchParams.get('trang')).toBe('2');
    expect(await listTitles()).toEqual(['Bản tin bưu chính viễn thông số 1', SEED_TITLE]);
    const seed = page.getByRole('main').locator('li').filter({ hasText: SEED_TITLE });
    expect(await seed.innerText()).toContain('30/06/2020');
    expect(await seed.innerText()).toContain('Trung tâm Công nghệ thông tin và Truyền thông');
    expect(await pagination.getByRole('link', { name: 'Trang 2' }).getAttribute('aria-current')).toBe('page');

    await page.reload();
    await page.getByRole('link', { name: SEED_TITLE }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await pagination.getByRole('link', { name: 'Trang 1' }).click();
    await page.getByRole('link', { name: 'Bản tin bưu chính viễn thông số 21' }).waitFor();
    expect(new URL(page.url()).searchParams.get('trang')).toBeNull();
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('opens an article: dates, body, figures as labelled placeholders with captions, author, units and its statistics', async () => {
    await open('/tin-tuc?lang=vi&trang=2');
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await heading().filter({ hasText: SEED_TITLE }).waitFor();
    const main = page.getByRole('main');
    const text = await main.innerText();
    expect(text).toContain('30/06/2020 15:54');
    expect(text).toContain('26/06/2020');
    expect(text).toContain('Ngày 26/6/2020, Sở Thông tin và Truyền thông');
    expect(text).toContain('Nguyễn Như Trang');
    expect(await main.getByRole('img', { name: CAPTIONS[0] }).count()).toBe(1);
    expect(await main.getByRole('img', { name: CAPTIONS[1] }).count()).toBe(2);
    expect(await main.locator('figcaption').allInnerTexts()).toEqual([CAPTIONS[0], CAPTIONS[1], CAPTIONS[1]]);
    // No broken image: the files are not available, so there is no <img> at all.
    expect(await main.locator('img').count()).toBe(0);
    const related = await main.getByRole('heading', { name: 'Đơn vị liên quan' }).locator('xpath=..').innerText();
    expect(related).toContain('Thanh tra Sở');
    expect(related).toContain('Báo Lạng Sơn');
    const statistics = main.getByRole('link', { name: 'Xem số liệu thống kê kỳ 6 tháng đầu năm 2020' });
    expect(await statistics.getAttribute('href')).toBe('/thong-ke?ky=2020-H1&lang=vi');
    // A citizen sees no editor tools.
    expect(await main.getByRole('heading', { name: 'Biên tập bài này' }).count()).toBe(0);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-article');
  });

  it('finds "Hội nghị" with or without diacritics, marks the words, and keeps the query in the address', async () => {
    await open('/tin-tuc?lang=vi');
    await page.getByRole('searchbox', { name: 'Tìm tin bài' }).fill('hoi nghi');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByText('Tìm thấy 1 bài cho "hoi nghi".').waitFor();
    expect(new URL(page.url()).searchParams.get('tim')).toBe('hoi nghi');
    expect(await listTitles()).toEqual([SEED_TITLE]);
    expect(await page.getByRole('main').locator('mark').first().innerText()).toBe('Hội nghị');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-search');

    await open(`/tin-tuc?lang=vi&tim=${encodeURIComponent('HỘI NGHỊ sơ kết')}`);
    await page.getByText('Tìm thấy 1 bài cho "HỘI NGHỊ sơ kết".').waitFor();
    expect(await page.getByRole('main').locator('li h3 mark').allInnerTexts()).toEqual(['Hội nghị sơ kết']);
    expect(await page.getByRole('searchbox', { name: 'Tìm tin bài' }).inputValue()).toBe('HỘI NGHỊ sơ kết');
  });

  it('says so when a search finds nothing', async () => {
    await open('/tin-tuc?lang=vi');
    await page.getByRole('searchbox', { name: 'Tìm tin bài' }).fill('xe buýt điện');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByText('Không tìm thấy bài nào cho "xe buýt điện".').waitFor();
    expect(await listTitles()).toEqual([]);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-search-empty');
    await page.getByRole('link', { name: 'Xóa tìm kiếm' }).click();
    await page.getByRole('link', { name: 'Bản tin bưu chính viễn thông số 21' }).waitFor();
    expect(new URL(page.url()).search).toBe('?lang=vi');
  });

  it('reads in English on the switch', async () => {
    await open('/tin-tuc?lang=en&tim=hoi+nghi');
    expect(await heading().innerText()).toBe('News');
    await page.getByText('Articles found for "hoi nghi": 1.').waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search the news' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Follow the news by Atom (RSS)' }).count()).toBe(1);
    await page.getByRole('link', { name: SEED_TITLE }).click();
    await heading().filter({ hasText: SEED_TITLE }).waitFor();
    const statistics = page.getByRole('link', { name: 'See the statistics of First half of 2020' });
    expect(await statistics.getAttribute('href')).toBe('/thong-ke?ky=2020-H1&lang=en');
    expect(await page.getByRole('main').innerText()).toContain('Nguyễn Như Trang (Information Technology and Communications Centre)');
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('asks a citizen on an editor page to sign in, and says so for an unknown article', async () => {
    await open('/tin-tuc/bien-tap?lang=vi');
    expect(await heading().innerText()).toBe('Dành cho biên tập viên');
    expect(await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toBe('/dang-nhap?tiep=%2Ftin-tuc%2Fbien-tap%3Flang%3Dvi&lang=vi');
    expect(await checkAccessibility(page)).toEqual([]);
    await open('/tin-tuc/khong-co-bai-nay?lang=vi');
    await heading().filter({ hasText: 'Không tìm thấy bài viết' }).waitFor();
  });

  it("asked every read of a citizen's pages as a GET naming a persisted query, which nginx may retry on another replica", () => {
    expect(citizenRequests.length).toBeGreaterThan(5);
    expect(citizenRequests.filter((request) => request.method !== 'GET' || request.operation !== 'query' || !request.persisted)).toEqual([]);
  });
});
