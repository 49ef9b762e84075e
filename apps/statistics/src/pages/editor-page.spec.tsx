// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPortalClient, graphqlRequestOf } from '@egov/client';
import { createPortalEventBus, RemoteView, type RemoteServices } from '@egov/federation';
import { I18nProvider } from '@egov/i18n';
import { createHistoryRouter } from '@egov/routing';
import remote from '../remote';
import { indicator, period } from '../view/test-fixtures';

/**
 * The statistician's form against a gateway that answers as the real one does: a history asked
 * with an empty id is refused (BAD_USER_INPUT), opening and publishing periods change its list.
 * Given `refusals`, it refuses every figure with them.
 */
function fakeGateway(refusals: Array<{ field: string[]; message: string; code: string }> = []) {
  const asked: Array<{ operationName: string; variables: Record<string, unknown> }> = [];
  let recorded: Record<string, unknown> | null = null;
  const periods: Array<Record<string, unknown>> = [{ ...period, publishedAt: '2020-07-15T02:00:00.000Z' }];
  const points = indicator('POST_SERVICE_POINTS', 'COUNT', ['Điểm phục vụ bưu chính', 'Postal service points'], ['điểm phục vụ', 'service points']);
  const answer = (operationName: string, variables: Record<string, unknown>): { data?: unknown; errors?: unknown[] } => {
    switch (operationName) {
      case 'ObservationEditor':
        return {
          data: {
            reportingPeriods: periods,
            province: { __typename: 'Area', id: 'Area:20', code: '20', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lang Son Province' },
            districts: [],
            indicators: { __typename: 'IndicatorConnection', nodes: [points] },
          },
        };
      case 'RecordedObservation':
        return { data: { indicator: { __typename: 'Indicator', id: points.id, observation: recorded } } };
      case 'ObservationUpsert': {
        if (refusals.length) return { data: { observationUpsert: { __typename: 'ObservationUpsertPayload', observation: null, userErrors: refusals.map((each) => ({ __typename: 'UserError', ...each })) } } };
        const input = variables['input'] as { value: number; sourceQuote: string };
        recorded = {
          __typename: 'Observation',
          id: 'Observation:99',
          value: input.value,
          numerator: null,
          denominator: null,
          targetValue: null,
          status: 'PROVISIONAL',
          sourceQuote: input.sourceQuote,
          factId: null,
          noteVi: null,
          noteEn: null,
          version: 1,
        };
        return { data: { observationUpsert: { __typename: 'ObservationUpsertPayload', observation: recorded, userErrors: [] } } };
      }
      case 'ObservationHistory':
        if (variables['id'] !== 'Observation:99') return { errors: [{ message: '"id" is not the id of a figure.', extensions: { code: 'BAD_USER_INPUT', argument: 'id' } }] };
        return {
          data: {
            observationHistory: [
              {
                __typename: 'ObservationChange',
                occurredAt: '2026-01-05T03:00:00.000Z',
                actor: 'user-statistician',
                action: 'observation.create',
                previous: null,
                current: { __typename: 'ObservationSnapshot', value: 20, numerator: null, denominator: null, targetValue: null, status: 'PROVISIONAL', sourceQuote: 'x', version: 1 },
              },
            ],
          },
        };
      case 'ReportingPeriodOpen': {
        const code = (variables['input'] as { code: string }).code;
        const opened = { __typename: 'ReportingPeriod', id: `ReportingPeriod:${code}`, code, labelVi: '6 tháng cuối năm 2020', labelEn: 'Second half of 2020', startsOn: '2020-07-01', endsOn: '2020-12-31', published: false, publishedAt: null };
        periods.push(opened);
        return { data: { reportingPeriodOpen: { __typename: 'ReportingPeriodOpenPayload', reportingPeriod: opened, userErrors: [] } } };
      }
      case 'ReportingPeriodPublish': {
        const code = (variables['input'] as { code: string }).code;
        const index = periods.findIndex((each) => each['code'] === code);
        periods[index] = { ...periods[index], published: true, publishedAt: '2026-01-05T04:00:00.000Z' };
        return { data: { reportingPeriodPublish: { __typename: 'ReportingPeriodPublishPayload', reportingPeriod: periods[index], userErrors: [] } } };
      }
      default:
        return { errors: [{ message: `no fixture for ${operationName}` }] };
    }
  };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = graphqlRequestOf(input, init);
    asked.push({ operationName, variables });
    return new Response(JSON.stringify(answer(operationName, variables)), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch, asked };
}

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/thong-ke/cap-nhat?chi-tieu=POST_SERVICE_POINTS&ky=2020-H1&dia-ban=20&lang=vi'));

function renderEditor(gateway: ReturnType<typeof fakeGateway>) {
  const events = createPortalEventBus();
  events.emit('user.signedIn', { displayName: 'Cán bộ thống kê', roles: ['statistician'] });
  const services: RemoteServices = { client: createPortalClient({ fetch: gateway.fetch }), events, router: createHistoryRouter(), language: 'vi', basePath: remote.routeBase };
  const page = (language: 'vi' | 'en') => (
    <I18nProvider language={language}>
      <RemoteView remote={remote} services={services} />
    </I18nProvider>
  );
  const { rerender } = render(page('vi'));
  return { switchTo: (language: 'vi' | 'en') => rerender(page(language)) };
}

describe('the statistician’s form', () => {
  it('saves a first figure and shows its history, without a refusal beside the confirmation or a history asked with an empty id', async () => {
    const gateway = fakeGateway();
    renderEditor(gateway);
    await screen.findByText('Chưa có số liệu cho chỉ tiêu, kỳ và địa bàn này: lưu sẽ ghi số liệu mới.');
    fireEvent.change(screen.getByLabelText(/^Giá trị/), { target: { value: '20' } });
    fireEvent.change(screen.getByLabelText('Trích dẫn nguồn'), { target: { value: 'có 20 điểm phục vụ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu số liệu' }));

    await screen.findByText('Đã lưu số liệu: 20 điểm phục vụ.');
    const history = await screen.findByRole('table', { name: 'Các lần ghi và sửa số liệu “Điểm phục vụ bưu chính”' });
    expect(within(history).getAllByRole('row')[1]?.textContent).toContain('Ghi mới');
    expect(screen.queryByText(/Không lưu được/)).toBeNull();
    expect(screen.queryByText(/chưa tải được lịch sử/)).toBeNull();
    expect(gateway.asked.filter((request) => request.operationName === 'ObservationHistory').map((request) => request.variables['id'])).toEqual(['Observation:99']);
  });

  it('lists the gateway’s refusals, the whole form’s first with the reload, each field’s beside it, and words them again in the language chosen', async () => {
    const gateway = fakeGateway([
      { field: ['input', 'status'], message: 'A final figure cannot become provisional.', code: 'VALIDATION' },
      { field: ['input', 'value'], message: 'A count is a whole number.', code: 'VALIDATION' },
      { field: ['input', 'version'], message: 'A figure is already recorded here; correct it instead.', code: 'DUPLICATE' },
    ]);
    const { switchTo } = renderEditor(gateway);
    await screen.findByText('Chưa có số liệu cho chỉ tiêu, kỳ và địa bàn này: lưu sẽ ghi số liệu mới.');
    fireEvent.change(screen.getByLabelText(/^Giá trị/), { target: { value: '20' } });
    fireEvent.change(screen.getByLabelText('Trích dẫn nguồn'), { target: { value: 'có 20 điểm phục vụ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu số liệu' }));

    const summary = await screen.findByRole('alert', { name: 'Có lỗi cần sửa' });
    const listed = () => within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(listed()).toEqual([
      ['Số liệu này đã được ghi; hãy tải lại để sửa.', '#observation-value'],
      ['Số đếm phải là số nguyên, không âm', '#observation-value'],
    ]);
    expect(document.getElementById('observation-value-error')?.textContent).toBe('Lỗi: Số đếm phải là số nguyên, không âm');
    expect(document.getElementById('observation-status')?.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tải lại số liệu mới nhất' })).toBeTruthy();

    switchTo('en');
    expect(listed()).toEqual([
      ['This figure is already recorded; reload it to correct it.', '#observation-value'],
      ['A count must be a whole number, not negative', '#observation-value'],
    ]);
    expect(screen.getByRole('button', { name: 'Load the latest figure' })).toBeTruthy();
  });

  it('lists which periods are published, opens a new one unpublished, moves the form to it, and publishes it', async () => {
    // No indicator chosen yet: the form still moves to the period opened.
    window.history.replaceState(null, '', '/thong-ke/cap-nhat?lang=vi');
    const gateway = fakeGateway();
    renderEditor(gateway);
    const periods = await screen.findByRole('table', { name: 'Các kỳ báo cáo, mới nhất trước' });
    expect(within(periods).getAllByRole('row')[1]?.textContent).toMatch(/6 tháng đầu năm 2020\s*2020-H1\s*Đã công bố lúc/);

    fireEvent.change(screen.getByLabelText('Năm'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mở kỳ' }));
    expect(await screen.findByText('Năm gồm 4 chữ số, từ 1990 đến 2100')).toBeTruthy();
    expect(gateway.asked.some((request) => request.operationName === 'ReportingPeriodOpen')).toBe(false);

    fireEvent.change(screen.getByLabelText('Năm'), { target: { value: '2020' } });
    fireEvent.change(screen.getByLabelText('Loại kỳ'), { target: { value: 'H2' } });
    expect(screen.getByText('Mã kỳ sẽ mở: 2020-H2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mở kỳ' }));
    await screen.findByText('Đã mở kỳ 6 tháng cuối năm 2020. Kỳ chưa được công bố: người dân chưa thấy kỳ này.');
    expect(gateway.asked.find((request) => request.operationName === 'ReportingPeriodOpen')?.variables).toEqual({ input: { code: '2020-H2' } });
    await screen.findByRole('option', { name: '6 tháng cuối năm 2020 (chưa công bố)' });
    await screen.findByRole('row', { name: /6 tháng cuối năm 2020\s*2020-H2\s*Chưa công bố/ });
    expect(new URLSearchParams(window.location.search).get('ky')).toBe('2020-H2');
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Kỳ báo cáo' }) as HTMLSelectElement).value).toBe('2020-H2'));

    fireEvent.click(screen.getByRole('button', { name: 'Công bố kỳ 6 tháng cuối năm 2020' }));
    await screen.findByText('Đã công bố kỳ 6 tháng cuối năm 2020: người dân đã thấy kỳ này và số liệu của kỳ.');
    expect(gateway.asked.find((request) => request.operationName === 'ReportingPeriodPublish')?.variables).toEqual({ input: { code: '2020-H2' } });
    await screen.findByRole('option', { name: '6 tháng cuối năm 2020' });
    expect(screen.queryByRole('button', { name: /^Công bố kỳ/ })).toBeNull();
  });
});
