import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, signIn, staffAccount, startPortal, type RunningPortal, type StaffAccount } from './support';

// Two browsers, two cookie jars: the admin's and the person's.
const adminBrowser = await launchBrowser();
const personBrowser = adminBrowser ? await launchBrowser() : null;
const admin = staffAccount('admin');
const person: StaffAccount = { email: 'nguyen.van.moi@e2e.langson.gov.vn', displayName: 'Nguyễn Văn Mới', password: 'Cán bộ mới Lạng Sơn 2020', roles: ['editor'] };

describe.skipIf(!adminBrowser || !personBrowser)('staff accounts managed by an admin in the portal', () => {
  let portal: RunningPortal;
  let adminPage: Page;
  let personPage: Page;

  beforeAll(async () => {
    portal = await startPortal({ staff: [admin] });
    adminPage = await adminBrowser!.newPage();
    personPage = await personBrowser!.newPage();
  });

  afterAll(async () => {
    await Promise.all([adminBrowser?.close(), personBrowser?.close()]);
    await portal?.stop();
  });

  it('lets an admin create an account with a role from the staff accounts page', async () => {
    await signIn(adminPage, portal.url, admin, '/quan-tri/tai-khoan?lang=vi');
    await adminPage.getByRole('heading', { level: 1, name: 'Quản lý tài khoản cán bộ' }).waitFor();
    await adminPage.getByLabel('Thư điện tử').fill(person.email);
    await adminPage.getByLabel('Tên hiển thị').fill(person.displayName);
    await adminPage.getByLabel('Mật khẩu ban đầu').fill(person.password);
    await adminPage.getByRole('checkbox', { name: 'Biên tập viên' }).check();
    await adminPage.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await adminPage.getByText(`Đã tạo tài khoản ${person.email}.`).waitFor();
    const row = adminPage.getByRole('row', { name: new RegExp(person.displayName) });
    expect(await row.innerText()).toMatch(/Biên tập viên[\s\S]*Đang hoạt động/);
    expect(await checkAccessibility(adminPage)).toEqual([]);
    await screenshot(adminPage, 'shell-staff-accounts');
  });

  it('lets the person sign in and see their session on their account page', async () => {
    await signIn(personPage, portal.url, person, '/tai-khoan?lang=vi');
    await personPage.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    await personPage.getByRole('cell', { name: 'Phiên này' }).waitFor();
    expect(await checkAccessibility(personPage)).toEqual([]);
  });

  it('refuses the person’s open session once the admin disables the account, and logs both in its audit log', async () => {
    await adminPage.getByRole('button', { name: `Quản lý ${person.displayName}` }).click();
    await adminPage.getByRole('heading', { level: 2, name: `Tài khoản: ${person.displayName}` }).waitFor();
    await adminPage.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await adminPage.getByText('Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.').waitFor();
    const audit = adminPage.getByRole('region', { name: 'Nhật ký thay đổi' });
    await audit.getByRole('cell', { name: 'Khóa tài khoản' }).waitFor();
    expect(await audit.getByRole('cell', { name: 'Đăng nhập' }).count()).toBe(1);
    expect(await audit.getByRole('cell', { name: 'Tạo tài khoản' }).count()).toBe(1);

    // The person's page still holds the cookie of the session that was open: the portal refuses it.
    await personPage.reload();
    await personPage.getByText('Hãy đăng nhập để xem trang này.').waitFor();
    await personPage.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    expect(await personPage.getByText(/Đã đăng nhập/).count()).toBe(0);
  });

  it('gives a reset code shown once, with which the person sets a new password and signs in', async () => {
    await adminPage.getByRole('button', { name: 'Mở khóa tài khoản' }).click();
    await adminPage.getByText('Đã mở khóa tài khoản.').waitFor();
    await adminPage.getByRole('button', { name: 'Cấp mã đặt lại mật khẩu' }).click();
    const code = (await adminPage.getByTestId('reset-code').innerText()).trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    // Shown once: the page read afresh shows it nowhere.
    await adminPage.reload();
    await adminPage.getByRole('heading', { level: 1, name: 'Quản lý tài khoản cán bộ' }).waitFor();
    expect(await adminPage.getByText(code).count()).toBe(0);

    const newPassword = 'Mật khẩu mới sau khi đặt lại 2021';
    await personPage.goto(`${portal.url}/dat-lai-mat-khau?lang=vi`);
    await personPage.getByLabel('Thư điện tử').fill(person.email);
    await personPage.getByLabel('Mã đặt lại').fill(code.toLowerCase());
    await personPage.getByLabel('Mật khẩu mới').fill(newPassword);
    await personPage.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await personPage.getByText('Đã đặt mật khẩu mới. Bạn có thể đăng nhập.').waitFor();
    await signIn(personPage, portal.url, { ...person, password: newPassword });
  });
});
