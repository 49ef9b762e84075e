// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortalClient, graphqlRequestOf } from '@egov/client';
import { checkRemoteModule, createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import * as remoteModule from './remote';
import remote from './remote';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const H1 = { __typename: 'ReportingPeriod', id: 'p1', code: '2020-H1', kind: 'HALF', startsOn: '2020-01-01', endsOn: '2020-06-30', labelVi: '6 tháng đầu năm 2020', labelEn: 'First half of 2020', published: true };

// The half-year report's inspection figures (FACTS.md F30–F33).
const observation = (code: string, value: number, factId: string, sourceQuote: string) => ({
  __typename: 'Observation',
  id: code,
  value,
  factId,
  sourceQuote,
  unitVi: '',
  unitEn: '',
  period: { __typename: 'ReportingPeriod', id: 'p1', code: '2020-H1' },
  indicator: { __typename: 'Indicator', id: code, code, nameVi: code, nameEn: code },
});
const F32 = 'Ban hành 05 quyết định xử phạt vi phạm hành chính, nộp ngân sách nhà nước số tiền là 60.000.000đ';
const observations = [
  observation('INSPECTION_INSPECTIONS', 2, 'F30', 'thanh tra 02 cuộc/04 đơn vị'),
  observation('INSPECTION_INSPECTED_UNITS', 4, 'F30', 'thanh tra 02 cuộc/04 đơn vị'),
  observation('INSPECTION_CHECKS', 6, 'F31', '06 cuộc/07 đối tượng'),
  observation('INSPECTION_CHECKED_SUBJECTS', 7, 'F31', '06 cuộc/07 đối tượng'),
  observation('INSPECTION_SANCTION_DECISIONS', 5, 'F32', F32),
  observation('INSPECTION_FINES_PAID', 60_000_000, 'F32', F32),
  observation('INSPECTION_FALSE_INFORMATION_SUBJECTS', 2, 'F33', 'xử lý 02 đối tượng đưa tin sai sự thật'),
];

const pageInfo = { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'b2Zmc2V0OjA', endCursor: 'b2Zmc2V0OjA' };
const inspection = {
  __typename: 'Inspection',
  id: 'SW5zcGVjdGlvbjox',
  decisionNumber: '01/QĐ-TTr',
  kind: 'PLANNED',
  activity: 'INSPECTION',
  field: 'INTERNET',
  subjects: [{ __typename: 'InspectionSubject', name: 'Công ty A', kind: 'ORGANISATION' }],
  startedOn: '2020-03-02',
  endedOn: '2020-03-20',
  status: 'IN_PROGRESS',
  conclusionVi: null,
  concludedOn: null,
  leadUnit: { __typename: 'Unit', id: 'VW5pdDp0dHM', code: 'thanh-tra-so', nameVi: 'Thanh tra Sở', nameEn: 'Inspectorate' },
  sanctionDecisions: [],
  version: 1,
};
/** An inspection older than the latest 50, as the gateway gives it by its id. */
const olderInspection = { ...inspection, id: 'SW5zcGVjdGlvbjo3', decisionNumber: '07/QĐ-TTr', startedOn: '2019-05-06', endedOn: '2019-05-17' };
const decision = {
  __typename: 'SanctionDecision',
  id: 'U2FuY3Rpb25EZWNpc2lvbjox',
  number: '05/QĐ-XPVPHC',
  issuedOn: '2020-04-15',
  inspection: null,
  standaloneReason: 'Phát hiện trên mạng xã hội',
  field: 'ELECTRONIC_INFORMATION',
  violatorName: null,
  violatorKind: 'INDIVIDUAL',
  violations: [{ __typename: 'Violation', descriptionVi: 'Đưa tin sai sự thật', legalArticle: 'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP' }],
  fineVnd: 7_500_000,
  fineInWords: 'Bảy triệu năm trăm nghìn đồng',
  extraMeasures: [],
  enforcementStatus: 'PENDING',
  version: 1,
};
/**
 * The gateway's answers, by operation; what the page asked is kept to check its variables. The
 * operation named `held` is answered only once `release` is called.
 */
function fakeGateway(held?: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const asked: Array<{ operationName: string; variables: Record<string, unknown> }> = [];
  const answers: Record<string, unknown> = {
    InspectionPeriods: { reportingPeriods: [H1] },
    InspectionPeriodReport: {
      reportingPeriod: {
        ...H1,
        observations: { __typename: 'ObservationConnection', totalCount: observations.length, nodes: observations },
        inspectionTotals: {
          __typename: 'InspectionTotals',
          from: '2020-01-01',
          to: '2020-06-30',
          inspections: 1,
          inspectedSubjects: 1,
          checks: 0,
          checkedSubjects: 0,
          decisions: 1,
          finesVnd: 7_500_000,
          finesInWords: 'Bảy triệu năm trăm nghìn đồng',
        },
      },
    },
    // The latest 50 inspections hold only the first; the older one is read by its id.
    InspectionChoices: { inspections: { __typename: 'InspectionConnection', totalCount: 51, nodes: [inspection] } },
    InspectionNode: { node: olderInspection },
    InspectionRegister: {
      inspections: { __typename: 'InspectionConnection', totalCount: 1, pageInfo, nodes: [inspection] },
      sanctionDecisions: { __typename: 'SanctionDecisionConnection', totalCount: 1, pageInfo, nodes: [decision] },
    },
  };
  const fetch = async (input: unknown, init?: RequestInit) => {
    const body = graphqlRequestOf(input, init);
    asked.push(body);
    if (body.operationName === held) await released;
    const data = answers[body.operationName];
    if (!data) return new Response(JSON.stringify({ errors: [{ message: `unexpected ${body.operationName}` }] }), { status: 400 });
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, asked, release };
}

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
    expect((screen.getByLabelText('Lĩnh vực') as HTMLSelectElement).value).toBe('ELECTRONIC_INFORMATION');
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
