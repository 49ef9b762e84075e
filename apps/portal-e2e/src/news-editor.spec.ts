import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, signIn, staffAccount, startPortal, type RunningPortal } from './support';

// The News remote for a signed-in editor in the composed portal: write a draft (errors, preview),
// publish it (on the list and in the Atom feed), correct it with a note, lose nothing on a stale
// edit, schedule and withdraw, and see drafts, scheduled and withdrawn articles on the desk.
const browser = await launchBrowser();
const editor = staffAccount('editor');
const MOUNT_TIMEOUT_MS = 15_000;

const TITLE = 'Khai trương Trung tâm giám sát, điều hành đô thị thông minh tỉnh Lạng Sơn';
const CORRECTED = 'Khai trương Trung tâm giám sát, điều hành đô thị thông minh (IOC) tỉnh Lạng Sơn';
const CENTRE = 'Trung tâm Công nghệ thông tin và Truyền thông';

describe.skipIf(!browser)('writing and publishing news in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  let other: Page;
  /** The JavaScript files of the news remote a page fetched. */
  const remoteScripts = (on: Page) =>
    on.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/remotes/news/') && path.endsWith('.js')),
    );
  let citizenScripts: string[] = [];

  beforeAll(async () => {
    portal = await startPortal({ staff: [editor] });
    page = await browser!.newPage();
    // What a citizen's visit to the list loads, before anyone signs in.
    await page.goto(`${portal.url}/tin-tuc?lang=vi`);
    await page.getByRole('main').getByRole('heading', { level: 1, name: 'Tin tức' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await page.getByRole('main').locator('li h3').first().waitFor();
    citizenScripts = await remoteScripts(page);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const heading = (on: Page = page) => on.getByRole('main').getByRole('heading', { level: 1 });
  /** The article page's heading: its title exactly (the edit form's heading also holds the title). */
  const titled = (title: string, on: Page = page) => on.getByRole('main').getByRole('heading', { level: 1, name: title, exact: true });
  const field = (label: string, on: Page = page) => on.getByRole('main').getByLabel(label, { exact: true });

  it('offers the editor tools once signed in as an editor', async () => {
    await signIn(page, portal.url, editor, '/tin-tuc?lang=vi');
    const tools = page.getByRole('region', { name: 'Công cụ biên tập' });
    await tools.waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await tools.getByRole('link').allInnerTexts()).toEqual(['Soạn tin mới', 'Bài chờ đăng']);
  });

  it('lists every missing field above the form and beside each field, in Vietnamese', async () => {
    await page.getByRole('link', { name: 'Soạn tin mới' }).click();
    await heading().filter({ hasText: 'Soạn tin mới' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    // The editor code came in chunks of its own, which the citizen's visit never fetched.
    const editorOnly = (await remoteScripts(page)).filter((path) => !citizenScripts.includes(path));
    expect(editorOnly.length).toBeGreaterThan(0);

    expect(await field('Tác giả').inputValue()).toBe(editor.displayName);
    await field('Tác giả').fill('');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Nhập tiêu đề', 'Nhập nội dung bài', 'Nhập tên tác giả', 'Chọn đơn vị tác giả']);
    expect(await page.locator('#news-title-error').innerText()).toContain('Nhập tiêu đề');
    expect(await field('Tiêu đề').getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: 'Nhập nội dung bài' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('news-body');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-editor-errors');
  });

  it('previews the Markdown body, sanitised, with the figures and their captions', async () => {
    await field('Tiêu đề').fill(TITLE);
    await field('Nội dung').fill('Sáng 15/3, **Sở TT&TT** khai trương trung tâm.\n\nTrung tâm giám sát:\n\n- an toàn thông tin;\n- dịch vụ công trực tuyến.\n\n<script>alert(1)</script>');
    await field('Tác giả').fill('Nguyễn Như Trang');
    await field('Đơn vị tác giả').selectOption({ label: CENTRE });
    await page.getByRole('main').getByRole('checkbox', { name: 'Thanh tra Sở' }).check();
    await field('Kỳ số liệu mà bài báo cáo').fill('2020-H1');
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await field('Tên tệp ảnh 1').fill('ioc-lang-son.jpg');
    await field('Chú thích ảnh 1').fill('Toàn cảnh Trung tâm giám sát, điều hành đô thị thông minh.');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const preview = page.getByRole('region', { name: 'Xem trước' });
    await preview.waitFor();
    expect(await preview.locator('strong').first().innerText()).toBe('Sở TT&TT');
    expect(await preview.locator('li').allInnerTexts()).toEqual(['an toàn thông tin;', 'dịch vụ công trực tuyến.']);
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.getByRole('img', { name: 'Toàn cảnh Trung tâm giám sát, điều hành đô thị thông minh.' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Ẩn xem trước' }).getAttribute('aria-expanded')).toBe('true');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-editor-preview');
  });

  it('saves the draft, hidden from the public until published; then it heads the list and the feed', async () => {
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await titled(TITLE).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/tin-tuc\/khai-truong-trung-tam/);
    const tools = page.getByRole('region', { name: 'Biên tập bài này' });
    expect(await page.getByRole('main').innerText()).toContain('Bản nháp');
    expect(await page.getByRole('main').locator('script').count()).toBe(0);
    expect(await checkAccessibility(page)).toEqual([]);
    const anonymousFeed = async () => (await (await fetch(`${portal.url}/feeds/news.atom`)).text());
    expect(await anonymousFeed()).not.toContain(TITLE);

    await tools.getByRole('button', { name: 'Đăng ngay' }).click();
    await tools.getByText('Bài đã được đăng.').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Đã đăng');

    await page.getByRole('link', { name: 'Về danh sách tin' }).first().click();
    await page.getByRole('main').locator('li h3').first().waitFor();
    expect((await page.getByRole('main').locator('li h3').allInnerTexts())[0]).toBe(TITLE);
    const feed = await page.request.get(`${portal.url}/feeds/news.atom`);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain(TITLE);
    expect(await anonymousFeed()).toContain(TITLE);

    // A feed reader follows the entry's link to the article's page on the portal.
    const entryLink = /<entry>[\s\S]*?<link href="([^"]+)"/.exec(await anonymousFeed())?.[1];
    expect(entryLink).toMatch(/\/tin-tuc\/khai-truong-trung-tam/);
    const reader = await browser!.newPage();
    await reader.goto(entryLink!);
    await titled(TITLE, reader).waitFor();
    await reader.close();
  });

  it('asks for a correction note on an edit of a published article, and shows it', async () => {
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('link', { name: 'Sửa bài' }).click();
    await heading().filter({ hasText: 'Sửa bài:' }).waitFor();
    expect(await field('Tiêu đề').inputValue()).toBe(TITLE);
    await field('Tiêu đề').fill(CORRECTED);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Bài đã đăng: nhập ghi chú nói rõ đã sửa gì' }).waitFor();
    expect(await field('Tiêu đề').inputValue()).toBe(CORRECTED);
    await field('Ghi chú đính chính').fill('Bổ sung tên viết tắt IOC vào tiêu đề.');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await titled(CORRECTED).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Bổ sung tên viết tắt IOC vào tiêu đề.');
  });

  it('says so when someone else saved first, and loses nothing the editor typed', async () => {
    const editPath = `${new URL(page.url()).pathname.replace('/tin-tuc/', '/tin-tuc/bien-tap/')}?lang=vi`;
    other = await browser!.newPage();
    await other.goto(`${portal.url}${editPath}`);
    await heading(other).filter({ hasText: 'Sửa bài:' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await page.goto(`${portal.url}${editPath}`);
    await heading().filter({ hasText: 'Sửa bài:' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });

    // The other editor saves first.
    await field('Tóm tắt', other).fill('Tỉnh Lạng Sơn khai trương Trung tâm IOC.');
    await field('Ghi chú đính chính', other).fill('Viết lại tóm tắt.');
    await other.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await titled(CORRECTED, other).waitFor();
    await other.close();

    const mine = 'Sáng 15/3, Sở TT&TT khai trương Trung tâm IOC, phục vụ chính quyền số.';
    await field('Nội dung').fill(mine);
    await field('Ghi chú đính chính').fill('Viết lại đoạn mở đầu.');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Người khác đã lưu bài này trước bạn' });
    await conflict.waitFor();
    expect(await field('Nội dung').inputValue()).toBe(mine);
    expect(await field('Ghi chú đính chính').inputValue()).toBe('Viết lại đoạn mở đầu.');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-editor-conflict');

    await conflict.getByRole('button', { name: 'Giữ nội dung của tôi, lưu trên bản mới nhất' }).click();
    await page.getByText('Đã lấy số phiên bản mới nhất.').waitFor();
    expect(await field('Nội dung').inputValue()).toBe(mine);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await titled(CORRECTED).waitFor();
    await page.getByRole('main').getByText('phục vụ chính quyền số').waitFor();
  });

  it('withdraws the article with a reason, after which the public no longer sees it', async () => {
    const tools = page.getByRole('region', { name: 'Biên tập bài này' });
    await tools.getByRole('button', { name: 'Gỡ bài' }).click();
    await tools.getByRole('alert').filter({ hasText: 'Nhập lý do gỡ bài' }).waitFor();
    await tools.getByLabel('Lý do gỡ', { exact: true }).fill('Trùng với bài đã đăng trên Báo Lạng Sơn.');
    await tools.getByRole('button', { name: 'Gỡ bài' }).click();
    await tools.getByText('Bài đã được gỡ khỏi cổng.').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Lý do gỡ: Trùng với bài đã đăng trên Báo Lạng Sơn.');
    expect(await tools.getByRole('button', { name: 'Đăng lại' }).count()).toBe(1);
    const feed = await (await fetch(`${portal.url}/feeds/news.atom`)).text();
    expect(feed).not.toContain(CORRECTED);
  });

  it('schedules a draft for later, and lists drafts, scheduled and withdrawn articles on the desk', async () => {
    await page.goto(`${portal.url}/tin-tuc/bien-tap/soan-tin?lang=vi`);
    await heading().filter({ hasText: 'Soạn tin mới' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await field('Tiêu đề').fill('Lịch tiếp công dân quý III năm 2030');
    await field('Nội dung').fill('Sở TT&TT thông báo lịch tiếp công dân.');
    await field('Đơn vị tác giả').selectOption({ label: 'Thanh tra Sở' });
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await heading().filter({ hasText: 'Lịch tiếp công dân quý III năm 2030' }).waitFor();
    const tools = page.getByRole('region', { name: 'Biên tập bài này' });
    await tools.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    await tools.getByRole('alert').filter({ hasText: 'Nhập thời điểm đăng trong tương lai' }).waitFor();
    await tools.getByLabel('Thời điểm đăng (giờ Việt Nam)').fill('2030-07-01T08:00');
    await tools.getByRole('button', { name: 'Hẹn giờ đăng' }).click();
    await tools.getByText('Bài sẽ được đăng lúc 01/07/2030 08:00.').waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Sẽ đăng lúc 01/07/2030 08:00');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-editor-article-tools');

    // A draft left as it is.
    await page.goto(`${portal.url}/tin-tuc/bien-tap/soan-tin?lang=vi`);
    await heading().filter({ hasText: 'Soạn tin mới' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await field('Tiêu đề').fill('Dự thảo kế hoạch chuyển đổi số năm 2031');
    await field('Nội dung').fill('Bản dự thảo để lấy ý kiến.');
    await field('Đơn vị tác giả').selectOption({ label: CENTRE });
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await heading().filter({ hasText: 'Dự thảo kế hoạch chuyển đổi số năm 2031' }).waitFor();

    await page.goto(`${portal.url}/tin-tuc/bien-tap?lang=vi`);
    await heading().filter({ hasText: 'Bài chờ đăng' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    const rows = page.getByRole('main').getByRole('table').locator('tbody tr');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^Dự thảo kế hoạch chuyển đổi số năm 2031\s+Bản nháp/);
    expect(texts[1]).toMatch(/^Lịch tiếp công dân quý III năm 2030\s+Hẹn giờ đăng \(01\/07\/2030 08:00\)/);
    expect(texts[2]).toMatch(new RegExp(`^${CORRECTED.replace(/[()]/g, '\\$&')}\\s+Đã gỡ`));
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'news-editor-desk');

    // The public list shows none of them.
    const list = await (await fetch(`${portal.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ newsArticles(first: 100) { nodes { title } } }' }) })).json();
    expect((list as { data: { newsArticles: { nodes: { title: string }[] } } }).data.newsArticles.nodes.map((n) => n.title)).toEqual([
      'Hội nghị sơ kết công tác Thông tin và Truyền thông 6 tháng đầu năm 2020',
    ]);
  });

  it('reads in English on the switch', async () => {
    await page.goto(`${portal.url}/tin-tuc/bien-tap/soan-tin?lang=en`);
    await heading().filter({ hasText: 'Write a new article' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await page.getByRole('button', { name: 'Save draft' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Enter a title', 'Enter the body of the article', "Choose the author's unit"]);
    expect(await checkAccessibility(page)).toEqual([]);
  });
});
