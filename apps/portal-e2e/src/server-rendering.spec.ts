import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalRepositories } from '@egov/portal-data';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordGraphQLRequests, rowsOf, startPortal, untilTakenOver, WORKSPACE_ROOT, type PortalBrowser, type RunningPortal } from './support';

// Every public page as the server sends it: read with JavaScript off (a reader who turned it
// off, a link preview, a crawler), then with it on, where the page must show the same without
// asking the gateway again and without a hydration error.
const withJavaScript = await launchBrowser();
const withoutJavaScript = await launchBrowser({}, { javaScriptEnabled: false });
const inEnglishBrowser = await launchBrowser({}, { locale: 'en-US' });

const ARTICLE_TITLE = 'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020';
const HOSTILE_SLUG = 'tieu-de-co-the-script';
const HOSTILE_TITLE = '</script><script>window.__injected = 1</script> Tiêu đề lạ';
const noBreakSpaces = (text: string) => text.replace(/\u00a0/g, ' ');

/** Each public page, what its title says, and text from the first data set a reader sees on it. */
const PUBLIC_PAGES = [
  { path: '/', title: 'Trang chủ', shows: [ARTICLE_TITLE, '32,4 %'] },
  { path: '/tin-tuc', title: 'Tin tức', shows: [ARTICLE_TITLE] },
  { path: '/tin-tuc/hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020', title: ARTICLE_TITLE, shows: ['238 điểm phục vụ'] },
  { path: '/thong-ke', title: 'Thống kê', shows: ['Số liệu thống kê: 6 tháng đầu năm 2020', '10.641'] },
  { path: '/thong-ke/dia-ban', title: 'Thống kê', shows: ['Số liệu theo địa bàn'] },
  { path: '/thong-ke/khen-thuong', title: 'Thống kê', shows: ['Khen thưởng'] },
  { path: '/thu-tuc', title: 'Thủ tục hành chính', shows: ['Cấp giấy phép xuất bản tài liệu không kinh doanh'] },
  { path: '/thu-tuc/LSN-TTTT-02', title: 'Thủ tục hành chính', shows: ['Luật Xuất bản 19/2012/QH13'] },
  { path: '/thu-tuc/giay-phep', title: 'Thủ tục hành chính', shows: ['Sổ giấy phép'] },
  { path: '/thanh-tra', title: 'Thanh tra', shows: ['thanh tra 2 cuộc/4 đơn vị'] },
] as const;

/** Waits until React has taken over the server's markup, then a moment for any request it would send. */
async function hydrated(page: Page) {
  await untilTakenOver(page);
  await page.waitForTimeout(300);
}

/** Console errors and warnings of a page, and its uncaught exceptions. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

describe.skipIf(!withJavaScript || !withoutJavaScript || !inEnglishBrowser)('pages rendered on the server, in Chromium', () => {
  let portal: RunningPortal;

  beforeAll(async () => {
    portal = await startPortal({
      prepare: async (db) => {
        await db.query(
          `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
           values ($1, $2, 'Bài thử nghiệm an toàn.', '<p>Nội dung.</p>', 'published', 'Người thử nghiệm', 'so-tttt', timestamptz '2021-02-01 08:00+07', timestamptz '2021-02-01 08:00+07')`,
          [HOSTILE_SLUG, HOSTILE_TITLE],
        );
        // Two licences of the register, one of them revoked, for its filters; as an officer records them.
        const { licences } = createPortalRepositories(db);
        const licence = { type: 'bulletin_publishing', holderAddress: null, validUntil: null, revokedOn: null, revocationReason: null, issuerUnitCode: 'so-tttt', isSample: false } as const;
        const officer = { actor: 'portal-e2e' };
        await licences.issue({ ...licence, number: '01/GP-STTTT', holderName: 'Hội Nông dân tỉnh Lạng Sơn', subjectVi: 'Bản tin Nông dân Lạng Sơn', issuedOn: '2020-03-02', validFrom: '2020-03-02' }, officer);
        const revoked = await licences.issue({ ...licence, number: '02/GP-STTTT', holderName: 'Hội Cựu chiến binh tỉnh Lạng Sơn', subjectVi: 'Bản tin Cựu chiến binh', issuedOn: '2020-03-09', validFrom: '2020-03-09' }, officer);
        await licences.revoke(revoked.id, revoked.version, { revokedOn: '2020-05-04', reason: 'Tổ chức đề nghị thu hồi' }, officer);
      },
    });
  });

  afterAll(async () => {
    await Promise.all([withJavaScript?.close(), withoutJavaScript?.close(), inEnglishBrowser?.close()]);
    await portal?.stop();
  });

  it('shows every public page, its navigation and its own title with JavaScript off', async () => {
    const page = await withoutJavaScript!.newPage();
    for (const { path, title, shows } of PUBLIC_PAGES) {
      const response = await page.goto(`${portal.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.title(), path).toBe(`${title} — Sở Thông tin và Truyền thông tỉnh Lạng Sơn`);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      const main = noBreakSpaces(await page.getByRole('main').innerText());
      for (const text of shows) expect(main, `${path} shows "${text}"`).toContain(text);
      expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thống kê' }).getAttribute('href')).toBe('/thong-ke?lang=vi');
      expect(await page.getByText('Cổng thông tin cần JavaScript').count(), path).toBe(0);
    }
    await page.close();
  });

  it('switches the language with JavaScript off: the switch is a link, and the choice is remembered for the next plain address', async () => {
    const page = await withoutJavaScript!.newPage();
    await page.goto(`${portal.url}/thong-ke?lang=vi&linh-vuc=buu-chinh`);
    await Promise.all([page.waitForURL(/lang=en/), page.getByRole('link', { name: 'English' }).click()]);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ lang: 'en', 'linh-vuc': 'buu-chinh' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('true');
    await page.goto(`${portal.url}/thu-tuc`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Administrative procedures');
    // Back to Vietnamese, which the tests after this one read.
    await Promise.all([page.waitForURL(/lang=vi/), page.getByRole('link', { name: 'Tiếng Việt' }).click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.close();
  });

  it('answers every public search and filter with JavaScript off: the form’s fields are the address, the server renders the answer', async () => {
    const page = await withoutJavaScript!.newPage();
    const label = (text: string) => page.getByLabel(text, { exact: true });
    const main = async () => noBreakSpaces(await page.getByRole('main').innerText());
    /** Submits with the button named so, and gives the address the browser went to. */
    const submit = async (button: string, to: RegExp) => {
      await Promise.all([page.waitForURL(to), page.getByRole('button', { name: button, exact: true }).click()]);
      const params = new URL(page.url()).searchParams;
      expect(params.get('lang'), `${page.url()} keeps the language`).toBe(params.get('lang') === 'en' ? 'en' : 'vi');
      return params;
    };

    await page.goto(`${portal.url}/tin-tuc?lang=vi`);
    await page.getByRole('searchbox', { name: 'Tìm tin bài' }).fill('so ket 6 thang');
    expect((await submit('Tìm', /tim=/)).get('tim')).toBe('so ket 6 thang');
    expect(await main()).toContain(ARTICLE_TITLE);
    expect(await main()).not.toContain('Tiêu đề lạ');

    await page.goto(`${portal.url}/thu-tuc?lang=vi`);
    await label('Lĩnh vực').selectOption({ label: 'Trò chơi điện tử' });
    expect((await submit('Lọc', /linh-vuc=/)).get('linh-vuc')).toBe('tro-choi-dien-tu');
    expect((await rowsOf(page, 'Danh mục thủ tục hành chính')).slice(1).map((row) => row.split(/\s+/)[0])).toEqual(['LSN-TTTT-03']);
    expect(await label('Lĩnh vực').locator('option:checked').innerText()).toBe('Trò chơi điện tử');

    await page.goto(`${portal.url}/thu-tuc/giay-phep?lang=vi`);
    expect(await main()).toContain('2 giấy phép');
    await label('Tình trạng').selectOption({ label: 'Đã thu hồi' });
    expect((await submit('Lọc', /tinh-trang=/)).get('tinh-trang')).toBe('da-thu-hoi');
    const licences = await rowsOf(page, 'Sổ giấy phép');
    expect(licences).toHaveLength(2);
    expect(licences[1]).toContain('Hội Cựu chiến binh tỉnh Lạng Sơn');

    await page.goto(`${portal.url}/thu-tuc/tra-cuu-ho-so?lang=vi`);
    await label('Mã hồ sơ').fill('lsn-200101-0001');
    await submit('Tra cứu', /ma=/);
    expect(await main()).toContain('Không có hồ sơ nào mang mã LSN-200101-0001. Kiểm tra lại mã trên giấy tiếp nhận.');

    await page.goto(`${portal.url}/thong-ke?lang=vi`);
    await label('Lĩnh vực').selectOption({ label: 'Bưu chính' });
    expect((await submit('Xem', /linh-vuc=/)).get('linh-vuc')).toBe('buu-chinh');
    expect(await page.getByRole('heading', { level: 2, name: 'Bưu chính' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Công nghệ thông tin' }).count()).toBe(0);
    // Downloads made in the browser are not offered without it; the open data is, as links.
    expect(await page.getByRole('button', { name: 'Tải CSV' }).count()).toBe(0);
    const openData = await page.getByRole('main').getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    expect(openData).toBe('/open-data/indicators.csv');
    expect(await (await fetch(`${portal.url}${openData}`)).text()).toContain('POST_SERVICE_POINTS');

    await page.goto(`${portal.url}/thong-ke/dia-ban?lang=vi`);
    await label('Chỉ tiêu').selectOption({ label: 'Điểm phục vụ bưu chính' });
    expect((await submit('Xem', /chi-tieu=/)).get('chi-tieu')).toBe('POST_SERVICE_POINTS');
    expect(await main()).toContain('Toàn tỉnh: 238 điểm phục vụ');

    await page.goto(`${portal.url}/thong-ke/khen-thuong?lang=vi`);
    await label('Hình thức').selectOption({ label: 'Giấy khen' });
    expect((await submit('Xem', /hinh-thuc=/)).get('hinh-thuc')).toBe('giay-khen');
    expect(await main()).toContain('1 quyết định khen thưởng: 6 tập thể, 13 cá nhân.');

    await page.goto(`${portal.url}/thanh-tra?lang=vi`);
    await label('Lĩnh vực').selectOption({ label: 'Bưu chính' });
    await label('Tình trạng thi hành quyết định').selectOption({ label: 'Đã nộp phạt' });
    const filters = await submit('Lọc', /linh-vuc=/);
    expect([filters.get('ky'), filters.get('linh-vuc'), filters.get('thi-hanh')]).toEqual(['2020-H1', 'post', 'paid']);
    expect(await label('Tình trạng thi hành quyết định').locator('option:checked').innerText()).toBe('Đã nộp phạt');

    // In English, the next page stays in English.
    await page.goto(`${portal.url}/thu-tuc?lang=en`);
    await page.getByLabel('Field', { exact: true }).selectOption({ label: 'Electronic games' });
    expect((await submit('Filter', /linh-vuc=/)).get('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Administrative procedures');
    // The English address set the language cookie: back to Vietnamese for the tests after this one.
    await page.goto(`${portal.url}/?lang=vi`);
    await page.close();
  });

  it('answers the same forms in place once hydrated: no reload, the answer asked of /graphql', async () => {
    const page = await withJavaScript!.newPage();
    const problems = problemsOf(page);
    const forms = [
      { path: '/tin-tuc?lang=vi', fill: ['Tìm tin bài', 'so ket 6 thang'], button: 'Tìm', to: /tim=/, shows: ARTICLE_TITLE },
      { path: '/thu-tuc?lang=vi', select: ['Lĩnh vực', 'Trò chơi điện tử'], button: 'Lọc', to: /linh-vuc=tro-choi-dien-tu/, shows: '1 thủ tục' },
      { path: '/thong-ke/khen-thuong?lang=vi', select: ['Hình thức', 'Giấy khen'], button: 'Xem', to: /hinh-thuc=giay-khen/, shows: '1 quyết định khen thưởng: 6 tập thể, 13 cá nhân.' },
    ] as const;
    for (const form of forms) {
      await page.goto(`${portal.url}${form.path}`);
      await hydrated(page);
      // A page that reloads loses this mark.
      await page.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
      const requests = recordGraphQLRequests(page);
      if ('fill' in form) await page.getByRole('searchbox', { name: form.fill[0] }).fill(form.fill[1]);
      else await page.getByLabel(form.select[0], { exact: true }).selectOption({ label: form.select[1] });
      await page.getByRole('button', { name: form.button, exact: true }).click();
      await page.waitForURL(form.to);
      await page.getByRole('main').getByText(form.shows).first().waitFor();
      expect(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage), form.path).toBe(true);
      expect(requests.length, form.path).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps a rendered page for the next reader: the second answer comes from the page cache, with the same content', async () => {
    // A parameter no page reads: an address no earlier test asked for.
    const address = `${portal.url}/thanh-tra?lang=vi&linh-vuc=post&lan=${Date.now()}`;
    const first = await fetch(address);
    const second = await fetch(address);
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['miss', 'hit']);
    const mainOf = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0];
    expect(mainOf(await second.text())).toBe(mainOf(await first.text()));
  });

  it('answers an address that is no page with 404 and the not-found page', async () => {
    const page = await withoutJavaScript!.newPage();
    const response = await page.goto(`${portal.url}/khong-co-trang-nay`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Không tìm thấy trang');
    await page.close();
  });

  it('hydrates every public page with JavaScript: the same content, no GraphQL request, no error in the console', async () => {
    for (const { path, shows } of PUBLIC_PAGES) {
      const page = await withJavaScript!.newPage();
      const problems = problemsOf(page);
      const requests = recordGraphQLRequests(page);
      const response = await page.goto(`${portal.url}${path}`);
      await hydrated(page);
      // Its scripts start once it is painted: a preload would share the first round trips with its style sheets.
      expect(response?.headers()['link'], path).toBeUndefined();
      const { firstPaint, scripts } = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => /\.js$/.test(new URL(entry.name).pathname) && !/^\/start\.[0-9a-f]+\.js$/.test(new URL(entry.name).pathname))
          .map((entry) => ({ file: new URL(entry.name).pathname, requested: entry.startTime })),
      }));
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const script of scripts) expect(script.requested, `${path}: ${script.file} asked for before the first paint`).toBeGreaterThanOrEqual(firstPaint);
      const main = noBreakSpaces(await page.getByRole('main').innerText());
      for (const text of shows) expect(main, `${path} shows "${text}"`).toContain(text);
      expect(requests.map((request) => request.operationName), path).toEqual([]);
      expect(problems, path).toEqual([]);
      await page.close();
    }
  });

  it('draws every public page with its styles before any script runs: nothing moves once it is hydrated', async () => {
    /** Where the page's main heading and the first text of the data set are drawn. */
    const layoutOf = async (page: Page, shows: string) => {
      const box = async (locator: ReturnType<Page['locator']>) => {
        const { x, y, width, height } = (await locator.boundingBox()) ?? { x: NaN, y: NaN, width: NaN, height: NaN };
        return [x, y, width, height].map(Math.round);
      };
      const main = page.getByRole('main');
      return { heading: await box(main.getByRole('heading', { level: 1 }).first()), text: await box(main.getByText(shows, { exact: false }).first()) };
    };
    const withoutScript = await withoutJavaScript!.newPage();
    const withScript = await withJavaScript!.newPage();
    for (const { path, shows } of PUBLIC_PAGES) {
      await withoutScript.goto(`${portal.url}${path}`);
      await withScript.goto(`${portal.url}${path}`);
      await hydrated(withScript);
      expect(await layoutOf(withScript, shows[0]), path).toEqual(await layoutOf(withoutScript, shows[0]));
    }
    await Promise.all([withoutScript.close(), withScript.close()]);
  });

  it('works once hydrated: the language switch changes the page in place, and the server renders the next page in that language', async () => {
    const page = await withJavaScript!.newPage();
    await page.goto(`${portal.url}/thong-ke`);
    await hydrated(page);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Statistics/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // The choice is a cookie the server reads: a plain address comes back in English from the first byte.
    const html = await (await page.request.get(`${portal.url}/tin-tuc`)).text();
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<title>News — Lang Son Department of Information and Communications</title>');
    await page.close();
  });

  it('opens in Vietnamese from the first byte in a browser set to English', async () => {
    const page = await inEnglishBrowser!.newPage();
    const response = await page.goto(`${portal.url}/thu-tuc`);
    const html = (await response?.text()) ?? '';
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).toContain('<title>Thủ tục hành chính — Sở Thông tin và Truyền thông tỉnh Lạng Sơn</title>');
    await page.close();
  });

  it('gives an article its description, link preview tags and structured data', async () => {
    const html = await (await fetch(`${portal.url}/tin-tuc/hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020?lang=vi`)).text();
    expect(html).toContain(`<meta property="og:title" content="${ARTICLE_TITLE}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/tin-tuc\/hoi-nghi-so-ket-cong-tac-thong-tin-va-truyen-thong-6-thang-dau-nam-2020\?lang=vi">/);
    const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({ '@type': 'NewsArticle', headline: ARTICLE_TITLE, inLanguage: 'vi' });
  });

  it('shows a stored title that holds a closing script tag as text, and runs none of it, in the HTML and in the state', async () => {
    const page = await withJavaScript!.newPage();
    const problems = problemsOf(page);
    const response = await page.goto(`${portal.url}/tin-tuc/${HOSTILE_SLUG}?lang=vi`);
    const html = (await response?.text()) ?? '';
    expect(html).not.toContain('<script>window.__injected');
    await hydrated(page);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(HOSTILE_TITLE);
    expect(await page.evaluate(() => (window as { __injected?: unknown }).__injected)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!withJavaScript)('a remote that cannot render on the server', () => {
  let browser: PortalBrowser | null = null;
  const folders: string[] = [];
  const portals: RunningPortal[] = [];

  // The built apps, with the news remote's server entry replaced by another federation container.
  async function appsWithNewsServerEntry(source: string) {
    const folder = await mkdtemp(join(tmpdir(), 'portal-e2e-apps-'));
    folders.push(folder);
    const built = join(WORKSPACE_ROOT, 'dist/apps');
    for (const app of ['shell', 'statistics', 'procedures', 'inspections']) await symlink(join(built, app), join(folder, app));
    await cp(join(built, 'news'), join(folder, 'news'), { recursive: true });
    await writeFile(join(folder, 'news/server/remoteEntry.js'), source);
    return folder;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await Promise.all(portals.map((portal) => portal.stop()));
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  });

  const remoteDefinition = `{ contractVersion: 1, id: 'news', routeBase: '/tin-tuc', nav: { vi: 'Tin tức', en: 'News' }, Component: () => { throw new Error('a bug that shows only on the server'); } }`;
  const containers = {
    // Its module never arrives.
    hangs: `module.exports = { init: async () => undefined, get: () => new Promise(() => undefined) };`,
    // It loads, and its page throws while rendering.
    throws: `module.exports = { init: async () => undefined, get: async () => () => ({ default: ${remoteDefinition} }) };`,
  };

  for (const [behaviour, source] of Object.entries(containers)) {
    it(`answers within the budget when its server entry ${behaviour}: that remote is rendered in the browser, the others on the server`, async () => {
      const portal = await startPortal({ env: { STATIC_ROOT: await appsWithNewsServerEntry(source) } });
      portals.push(portal);
      // The others render on the server; asked first, so the time below is the news page's alone,
      // not the first render's start-up (loading the shell's server build, warming the database).
      expect(await (await fetch(`${portal.url}/thanh-tra?lang=vi`)).text()).toContain('thanh tra 2 cuộc/4 đơn vị');
      const started = Date.now();
      const response = await fetch(`${portal.url}/tin-tuc?lang=vi`);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(html).toContain('Đang tải mục Tin tức…');

      // The browser loads the remote's own browser build and shows the news.
      const page = await browser!.newPage();
      await page.goto(`${portal.url}/tin-tuc?lang=vi`);
      await page.getByRole('link', { name: ARTICLE_TITLE }).waitFor({ timeout: 15_000 });
      await page.close();
    });
  }
});
