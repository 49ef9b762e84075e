// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '@egov/client';
import { checkRemoteModule, createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import * as remoteModule from './remote';
import remote from './remote';
import { toSlug } from './register-filters';
import { decision, fakeGateway, inspection, olderInspection } from './test-fixtures';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function renderAt(path: string, language: Language, roles: string[] | null = null, held?: string) {
  window.history.replaceState(null, '', path);
  const gateway = fakeGateway(held);
  const events = createPortalEventBus();
  if (roles) events.emit('user.signedIn', { displayName: 'Thanh tra viên', roles });
  else events.emit('user.signedOut');
  const services: RemoteServices = {
    client: createPortalClient({ fetch: gateway.fetch }),
    events,
    router: createHistoryRouter(),
    language,
    basePath: remote.routeBase,
  };
  render(
    <I18nProvider initialLanguage={language}>
      <RemoteView remote={remote} services={services} />
    </I18nProvider>,
  );
  return gateway;
}

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the inspections remote', () => {
  it('passes the checks the shell makes before mounting it', () => {
    const check = checkRemoteModule(remoteModule, { id: 'inspections', routeBase: '/thanh-tra' });
    expect(check).toEqual({ ok: true, remote });
  });

  it('is labelled in both languages in the navigation', () => {
    expect(remote.nav).toEqual({ vi: 'Thanh tra', en: 'Inspections' });
  });

  it('shows the reported totals beside the register’s, says they differ, and puts the period in the address', async () => {
    const gateway = renderAt('/thanh-tra?lang=vi', 'vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Thanh tra');
    const totals = await screen.findByRole('region', { name: 'Tổng hợp kỳ 6 tháng đầu năm 2020' });
    expect(plain(totals.textContent)).toContain('Theo báo cáo: thanh tra 2 cuộc/4 đơn vị; kiểm tra 6 cuộc/7 đối tượng; ban hành 5 quyết định xử phạt, tiền phạt 60.000.000 ₫.');
    expect((await within(totals).findByRole('status')).textContent).toContain('Sổ theo dõi khác số liệu báo cáo ở 6 chỉ tiêu.');
    const fines = within(totals).getByRole('row', { name: /^Tiền phạt/ });
    expect(within(fines).getAllByRole('cell').map((cell) => plain(cell.textContent))).toEqual(['60.000.000 ₫', '7.500.000 ₫', '-52.500.000 ₫']);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('ky')).toBe('2020-H1'));
    // The report of the latest period was asked once: naming the period in the address did not ask again.
    expect(gateway.asked.filter((request) => request.operationName === 'InspectionPeriodReport').map((request) => request.variables)).toEqual([{ period: null }]);
  });

  it('asks for the period’s report with the periods, not after them', async () => {
    const gateway = renderAt('/thanh-tra?lang=vi', 'vi', null, 'InspectionPeriods');
    await waitFor(() => expect(gateway.asked.map((request) => request.operationName)).toEqual(['InspectionPeriods', 'InspectionPeriodReport']));
    const totals = await screen.findByRole('region', { name: 'Tổng hợp kỳ 6 tháng đầu năm 2020' });
    expect((await within(totals).findByRole('status')).textContent).toContain('Sổ theo dõi khác số liệu báo cáo ở 6 chỉ tiêu.');
    gateway.release();
    await screen.findByRole('table', { name: /Quyết định xử phạt vi phạm hành chính/ });
  });

  it('names the period in the address only once its report is in, so the report is asked once even when the periods come first', async () => {
    const gateway = renderAt('/thanh-tra?lang=vi', 'vi', null, 'InspectionPeriodReport');
    await screen.findByRole('form', { name: /Lọc/ });
    expect(new URLSearchParams(window.location.search).get('ky')).toBeNull();
    gateway.release();
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('ky')).toBe('2020-H1'));
    await screen.findByRole('region', { name: 'Tổng hợp kỳ 6 tháng đầu năm 2020' });
    expect(gateway.asked.filter((request) => request.operationName === 'InspectionPeriodReport')).toHaveLength(1);
  });

  it('lists a decision with its fine in figures and in words, its provision, and no individual’s name', async () => {
    renderAt('/thanh-tra?lang=vi&ky=2020-H1&linh-vuc=electronic-information', 'vi');
    const table = await screen.findByRole('table', { name: /Quyết định xử phạt vi phạm hành chính/ });
    const row = await within(table).findByRole('row', { name: /05\/QĐ-XPVPHC/ });
    const text = plain(row.textContent);
    for (const part of ['15/04/2020', 'Cá nhân (không công bố tên)', 'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP', '7.500.000 ₫', 'Bằng chữ: Bảy triệu năm trăm nghìn đồng', 'Quyết định độc lập: Phát hiện trên mạng xã hội', 'Chưa nộp phạt']) {
      expect(text).toContain(part);
    }
    expect((screen.getByLabelText('Lĩnh vực') as HTMLSelectElement).value).toBe(toSlug(decision.field));
    // No inspector's tools for a citizen.
    expect(screen.queryByRole('link', { name: /Nghiệp vụ thanh tra|Cập nhật thi hành/ })).toBeNull();
  });

  it('reads in English when the reader chose English', async () => {
    renderAt('/thanh-tra?lang=en', 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Inspections');
    const totals = await screen.findByRole('region', { name: 'Totals for First half of 2020' });
    expect(plain(totals.textContent)).toContain('fines of ₫60,000,000');
    const row = await screen.findByRole('row', { name: /05\/QĐ-XPVPHC/ });
    expect(plain(row.textContent)).toContain('In words: Bảy triệu năm trăm nghìn đồng');
  });

  it('offers an inspector the inspector’s desk and a link to move each open fine on', async () => {
    renderAt('/thanh-tra?lang=vi&ky=2020-H1', 'vi', ['inspector']);
    expect(await screen.findByRole('link', { name: 'Nghiệp vụ thanh tra' })).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Cập nhật thi hành 05/QĐ-XPVPHC' });
    expect(link.getAttribute('href')).toBe('/thanh-tra/nghiep-vu/thi-hanh?qd=U2FuY3Rpb25EZWNpc2lvbjox&lang=vi');
    expect(screen.getByRole('link', { name: 'Ghi kết luận cho 01/QĐ-TTr' })).toBeTruthy();
  });

  it('offers, on the conclusion and decision forms, an inspection older than the latest 50 that the address names', async () => {
    for (const path of ['/thanh-tra/nghiep-vu/ket-luan', '/thanh-tra/nghiep-vu/quyet-dinh-moi']) {
      const gateway = renderAt(`${path}?cuoc=${olderInspection.id}&lang=vi`, 'vi', ['inspector']);
      const select = (await screen.findByLabelText('Theo cuộc thanh tra, kiểm tra')) as HTMLSelectElement;
      await waitFor(() => expect(select.value, path).toBe(olderInspection.id));
      expect(select.selectedOptions[0]?.textContent, path).toBe('07/QĐ-TTr · Internet · từ 06/05/2019');
      expect([...select.options].map((option) => option.value), path).toEqual(['', inspection.id, olderInspection.id]);
      expect(gateway.asked.filter((request) => request.operationName === 'InspectionNode').map((request) => request.variables), path).toEqual([{ id: olderInspection.id }]);
      cleanup();
    }
  });

  it('reads no inspection on its own when the one the address names is among the latest 50', async () => {
    const gateway = renderAt(`/thanh-tra/nghiep-vu/ket-luan?cuoc=${inspection.id}&lang=vi`, 'vi', ['inspector']);
    const select = (await screen.findByLabelText('Theo cuộc thanh tra, kiểm tra')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe(inspection.id));
    expect(gateway.asked.map((request) => request.operationName)).not.toContain('InspectionNode');
  });

  it('tells a citizen on an inspector’s page that it is for inspectors, with the way to sign in', () => {
    renderAt('/thanh-tra/nghiep-vu/cuoc-thanh-tra-moi?lang=vi', 'vi');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dành cho thanh tra viên');
    const signIn = screen.getByRole('link', { name: 'Đăng nhập cho cán bộ' });
    expect(new URL(signIn.getAttribute('href')!, 'http://portal').searchParams.get('tiep')).toBe('/thanh-tra/nghiep-vu/cuoc-thanh-tra-moi?lang=vi');
  });
});
