// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalClient } from '@egov/client';
import { checkRemoteModule, createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import * as remoteModule from './remote';
import remote from './remote';
import { catalogue, fakeGateway, type Answer } from './test-fixtures';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function renderAt(path: string, language: Language, answers: Record<string, Answer>, signedIn?: { displayName: string; roles: string[] } | null) {
  window.history.replaceState(null, '', path);
  const gateway = fakeGateway(answers);
  const events = createPortalEventBus();
  if (signedIn) events.emit('user.signedIn', signedIn);
  else if (signedIn === null) events.emit('user.signedOut');
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

describe('the procedures remote', () => {
  it('passes the checks the shell makes before mounting it', () => {
    const check = checkRemoteModule(remoteModule, { id: 'procedures', routeBase: '/thu-tuc' });
    expect(check).toEqual({ ok: true, remote });
  });

  it('is labelled in both languages in the navigation', () => {
    expect(remote.nav).toEqual({ vi: 'Thủ tục hành chính', en: 'Administrative procedures' });
  });

  it('opens on the catalogue in Vietnamese: time limit and fee per row, a fee not recorded never shown as free, samples marked', async () => {
    renderAt('/thu-tuc', 'vi', { Procedures: catalogue });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Thủ tục hành chính');
    const table = await screen.findByRole('table', { name: 'Danh mục thủ tục hành chính' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'LSN-TTTT-01Cấp giấy phép xuất bản bản tinMẫu15 ngày làm việcKhông thu phí',
      'LSN-TTTT-03Cấp giấy chứng nhận điểm trò chơi điện tửMẫu15 ngày làm việcChưa ghi mức phí',
    ]);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('/thu-tuc/LSN-TTTT-01?lang=vi');
    expect(screen.getByText(/dữ liệu mẫu, mang mã nội bộ/)).toBeTruthy();
  });

  it('reads in English when the reader chose English', async () => {
    renderAt('/thu-tuc', 'en', { Procedures: catalogue });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Administrative procedures');
    const table = await screen.findByRole('table', { name: 'Catalogue of administrative procedures' });
    expect(within(table).getByRole('link', { name: 'Licence to publish a bulletin' })).toBeTruthy();
    expect(within(table).getAllByText('Free')).toHaveLength(1);
    expect(within(table).getAllByText('15 working days')).toHaveLength(2);
  });

  it('sends the filters of the address to the gateway', async () => {
    const gateway = renderAt('/thu-tuc?linh-vuc=bao-chi&kenh=buu-chinh-cong-ich', 'vi', { Procedures: catalogue });
    await screen.findByRole('table');
    expect(gateway.asked).toEqual(['Procedures']);
    expect(gateway.requests[0]?.variables).toMatchObject({ filter: { field: 'PRESS', serviceLevel: null, channel: 'POSTAL' } });
    // The selects' values are the address's slugs (a GET form without JavaScript).
    expect((screen.getByLabelText('Lĩnh vực') as HTMLSelectElement).value).toBe('bao-chi');
    expect((screen.getByLabelText('Cách thức nộp') as HTMLSelectElement).value).toBe('buu-chinh-cong-ich');
  });

  it('tells a citizen on an officer’s page to sign in, and loads none of the officer’s data', async () => {
    const gateway = renderAt('/thu-tuc/can-bo', 'vi', {}, null);
    expect(await screen.findByText(/dành cho cán bộ cấp phép/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toBe('/dang-nhap?tiep=%2Fthu-tuc%2Fcan-bo&lang=vi');
    expect(screen.queryByRole('link', { name: 'Tiếp nhận, xử lý hồ sơ' })).toBeNull();
    expect(gateway.asked).toEqual([]);
  });

  it('tells a wrong code at once, without asking the gateway', async () => {
    const gateway = renderAt('/thu-tuc/tra-cuu-ho-so?ma=LSN-2007-1', 'vi', {});
    expect((await screen.findByRole('alert')).textContent).toContain('Mã hồ sơ gồm LSN');
    expect(gateway.asked).toEqual([]);
  });

  it('shows the gateway’s refusal of too many lookups as a translated message with the wait', async () => {
    renderAt('/thu-tuc/tra-cuu-ho-so?ma=LSN-200706-0099', 'vi', {
      DossierLookup: { errors: [{ message: 'Too many dossier lookups', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 540 } }], data: { dossierLookup: null } },
    });
    expect(await screen.findByText('Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau 9 phút.')).toBeTruthy();
  });

  it('says clearly when no dossier has the code', async () => {
    renderAt('/thu-tuc/tra-cuu-ho-so?ma=LSN-200706-0099', 'en', { DossierLookup: { data: { dossierLookup: null } } });
    expect(await screen.findByText('No dossier has the code LSN-200706-0099. Check the code on your receipt.')).toBeTruthy();
  });
});
