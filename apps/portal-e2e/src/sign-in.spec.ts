import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, signIn, staffAccount, startPortal, type RunningPortal } from './support';

const browser = await launchBrowser();
const editor = staffAccount('editor');

describe.skipIf(!browser)('staff sign-in in the shell', () => {
  let portal: RunningPortal;
  let page: Page;

  beforeAll(async () => {
    portal = await startPortal({ staff: [editor] });
    page = await browser!.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('offers a citizen the sign-in link, which comes back to the page they were on', async () => {
    await page.goto(`${portal.url}/tin-tuc?lang=vi`);
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập cho cán bộ' }).waitFor();
    expect(new URL(page.url()).searchParams.get('tiep')).toBe('/tin-tuc?lang=vi');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'shell-sign-in');
  });

  it('lists what is missing, then refuses a wrong password without saying which part was wrong', async () => {
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const summary = page.getByRole('alert');
    expect(await summary.innerText()).toContain('Nhập địa chỉ thư điện tử');
    expect(await summary.innerText()).toContain('Nhập mật khẩu');

    await page.getByLabel('Thư điện tử').fill(editor.email);
    await page.getByLabel('Mật khẩu').fill(`${editor.password}x`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Thư điện tử hoặc mật khẩu không đúng').first().waitFor();
    expect(await page.getByLabel('Thư điện tử').inputValue()).toBe(editor.email);
    expect(await page.getByLabel('Mật khẩu').inputValue()).toBe('');
  });

  it('greets the signed-in officer, keeps the session over a reload, and signs out for good', async () => {
    await signIn(page, portal.url, editor, '/tin-tuc?lang=vi');
    expect(new URL(page.url()).pathname).toBe('/tin-tuc');
    await page.reload();
    await page.getByText(`Đã đăng nhập: ${editor.displayName}`).waitFor();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByText(/Đã đăng nhập/).count()).toBe(0);
  });

  it('reads in English on the switch', async () => {
    await page.goto(`${portal.url}/dang-nhap?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    expect(await page.getByLabel('Password').count()).toBe(1);
  });
});
