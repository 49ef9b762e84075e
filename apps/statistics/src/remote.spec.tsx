// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '@egov/client';
import { checkRemoteModule, createPortalEventBus, RemoteView, type PortalEventBus, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import * as remoteModule from './remote';
import remote from './remote';
import { dashboardAnswers, gateway } from './test-fixtures';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/thong-ke'));

/** The gateway, as far as these pages ask it: the dashboard of 2020-H1 from the first data set. */
const asked: string[] = [];
const fetchFixture = gateway(dashboardAnswers, asked);

const servicesIn = (language: Language, events: PortalEventBus = createPortalEventBus()): RemoteServices => ({
  client: createPortalClient({ fetch: fetchFixture }),
  events,
  router: createHistoryRouter(),
  language,
  basePath: remote.routeBase,
});

const renderIn = (language: Language, events?: PortalEventBus) =>
  render(
    <I18nProvider initialLanguage={language}>
      <RemoteView remote={remote} services={servicesIn(language, events)} />
    </I18nProvider>,
  );

describe('the statistics remote', () => {
  it('passes the checks the shell makes before mounting it', () => {
    const check = checkRemoteModule(remoteModule, { id: 'statistics', routeBase: '/thong-ke' });
    expect(check).toEqual({ ok: true, remote });
  });

  it('is labelled in both languages in the navigation', () => {
    expect(remote.nav).toEqual({ vi: 'Thống kê', en: 'Statistics' });
  });

  it('opens on the figures of the latest period in Vietnamese, by field, with target, derived figures and source', async () => {
    renderIn('vi');
    await screen.findByRole('heading', { level: 1, name: 'Số liệu thống kê: 6 tháng đầu năm 2020' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Tải về số liệu đang xem',
      'Thông tin - Báo chí - Xuất bản',
      'Công nghệ thông tin',
      'Bưu chính',
      'Viễn thông, Internet',
      'Thanh tra',
      'Đối chiếu số liệu',
    ]);
    const level4 = screen.getByRole('article', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4' });
    expect(level4.textContent).toContain('32,4\u00a0% dịch vụ công');
    expect(level4.textContent).toContain('Chỉ tiêu kế hoạch: 30\u00a0% · Đạt');
    expect(within(level4).getByText('Trích dẫn nguồn').closest('details')?.textContent).toContain('đạt 32,4%');
    expect(screen.getByRole('article', { name: 'Tỷ lệ xã có báo đến trong ngày' }).textContent).toContain('187/200 → 93,5\u00a0% (báo cáo ghi 94\u00a0%)');
    expect(screen.getByRole('article', { name: 'Cuộc kiểm tra' }).textContent).toContain('Chưa có số liệu');
    expect(asked).toContain('StatisticsDashboard');
  });

  it('says what the page holds while its figures load, and keeps that paragraph in place when they come', async () => {
    renderIn('vi');
    const intro = /^Số liệu của Sở Thông tin và Truyền thông Lạng Sơn theo từng lĩnh vực/;
    const shownFirst = screen.getByText(intro);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Thống kê');
    await screen.findByRole('heading', { level: 1, name: 'Số liệu thống kê: 6 tháng đầu năm 2020' });
    expect(screen.getByText(intro)).toBe(shownFirst);
  });

  it('shows where the figures disagree, with the arithmetic', async () => {
    renderIn('vi');
    const panel = (await screen.findByRole('heading', { name: 'Đối chiếu số liệu' })).closest('section')!;
    expect(panel.textContent).toContain('báo cáo ghi 94\u00a0%, tính từ 187/200 = 93,5\u00a0% (chênh 0,5 điểm phần trăm). Chênh lệch do làm tròn.');
    expect(panel.textContent).toContain('238 × 3.555 = 846.090');
    expect(panel.textContent).toContain('819.000 : 105 × 100 = 780.000');
    expect(panel.textContent).toContain('Các ước tính lệch nhau 66.090 người (8,5\u00a0%): từ 780.000 đến 846.090.');
  });

  it('offers the statistician’s form in its menu only to a statistician', async () => {
    const events = createPortalEventBus();
    events.emit('user.signedOut');
    renderIn('vi', events);
    await screen.findByRole('heading', { name: /Số liệu thống kê/ });
    const menu = screen.getByRole('navigation', { name: 'Các trang thống kê' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Số liệu theo kỳ', 'Biểu đồ', 'Theo địa bàn', 'Khen thưởng']);
    expect(screen.queryByText(/Cập nhật số liệu/)).toBeNull();
    cleanup();

    const staff = createPortalEventBus();
    staff.emit('user.signedIn', { displayName: 'Cán bộ thống kê', roles: ['statistician'] });
    renderIn('vi', staff);
    await screen.findByRole('heading', { name: /Số liệu thống kê/ });
    expect(within(screen.getByRole('navigation', { name: 'Các trang thống kê' })).getByRole('link', { name: 'Cập nhật số liệu' }).getAttribute('href')).toBe('/thong-ke/cap-nhat?lang=vi');
    expect(screen.getByRole('link', { name: 'Cập nhật số liệu “Tỷ lệ dịch vụ công trực tuyến mức độ 4”' }).getAttribute('href')).toBe(
      '/thong-ke/cap-nhat?chi-tieu=IT_ONLINE_SERVICES_LEVEL4_RATE&ky=2020-H1&dia-ban=20&lang=vi',
    );
  });

  it('asks a citizen on the form’s address to sign in, without loading the form', async () => {
    window.history.replaceState(null, '', '/thong-ke/cap-nhat?chi-tieu=IT_PKI_SIMS_ISSUED');
    const events = createPortalEventBus();
    events.emit('user.signedOut');
    renderIn('vi', events);
    expect(screen.getByText('Trang này dành cho cán bộ thống kê đã đăng nhập.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toBe(`/dang-nhap?tiep=${encodeURIComponent('/thong-ke/cap-nhat?chi-tieu=IT_PKI_SIMS_ISSUED')}&lang=vi`);
  });

  it('says when a statistics page does not exist', () => {
    window.history.replaceState(null, '', '/thong-ke/khong-co');
    renderIn('vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Không tìm thấy trang');
  });

  it('reads in English when the reader chose English', async () => {
    renderIn('en');
    await screen.findByRole('heading', { level: 1, name: 'Statistics: First half of 2020' });
    expect(screen.getByRole('article', { name: 'Level-4 online public services' }).textContent).toContain('32.4% public services');
    expect(screen.getByRole('heading', { name: 'Consistency of the figures' })).toBeTruthy();
    expect(screen.getByText('238 × 3,555 = 846,090')).toBeTruthy();
  });
});
