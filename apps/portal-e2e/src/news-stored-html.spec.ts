import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startPortal, type RunningPortal } from './support';

// An article written into the database around the portal (by hand with SQL, or from a restored
// copy), past the repository's sanitiser and the database's check: a citizen who opens it must
// still run none of its script.
const browser = await launchBrowser();

const MOUNT_TIMEOUT_MS = 15_000;
const SLUG = 'bai-viet-ngoai-cong';
const TITLE = 'Bài viết ghi thẳng vào cơ sở dữ liệu';
const HOSTILE_BODY = [
  '<p>Nội dung ghi ngoài cổng.</p>',
  '<script>window.__injected = "script"</script>',
  '<img src="data:image/png;base64,AAAA" onerror="window.__injected = \'onerror\'">',
  '<p onmouseover="window.__injected = \'onmouseover\'">Đoạn có trình xử lý sự kiện.</p>',
  '<a href="javascript:window.__injected=\'link\'" title="Dịch vụ công online=true">Liên kết</a>',
  '<iframe srcdoc="<script>parent.__injected = \'frame\'</script>"></iframe>',
  '<svg><animate onbegin="window.__injected = \'svg\'" attributeName="x" dur="1s"></animate></svg>',
].join('');

describe.skipIf(!browser)('an article body written around the portal, in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;

  beforeAll(async () => {
    portal = await startPortal({
      prepare: async (db) => {
        // As a hand-made row would, it passes neither through the sanitiser nor the check.
        await db.exec('alter table news_articles drop constraint article_body_html_check');
        await db.query(
          `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
           values ($1, $2, 'Bài thử nghiệm an toàn.', $3, 'published', 'Người thử nghiệm', 'so-tttt', timestamptz '2021-02-01 08:00+07', timestamptz '2021-02-01 08:00+07')`,
          [SLUG, TITLE, HOSTILE_BODY],
        );
      },
    });
    page = await browser!.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('shows the text of the article and runs none of its script', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${portal.url}/tin-tuc/${SLUG}?lang=vi`);
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await main.getByText('Nội dung ghi ngoài cổng.').waitFor();

    const text = await main.innerText();
    expect(text).toContain('Đoạn có trình xử lý sự kiện.');
    expect(text).toContain('Liên kết');
    // What could run is not in the page at all: no script, image, frame or SVG, no handler, no javascript: link.
    const article = main.locator('article');
    expect(await article.locator('script, img, iframe, svg').count()).toBe(0);
    expect(await article.locator('[onerror], [onmouseover], [onbegin], [href^="javascript"]').count()).toBe(0);
    await article.getByText('Đoạn có trình xử lý sự kiện.').hover();
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    // The safe part of the link is kept as written.
    expect(await article.getByText('Liên kết').getAttribute('title')).toBe('Dịch vụ công online=true');
  });
});
