import type { InspectionReportingPeriod } from '@egov/client-operations/inspections';
import { describe, expect, it } from 'vitest';
import { ALL_PERIODS, defaultPeriod, PAGE_SIZE, pageSearch, readFilters, readPage, registerVariables, writeFilters } from './register-filters';

const period = (code: string, startsOn: string, endsOn: string, published = true): InspectionReportingPeriod => ({ __typename: 'ReportingPeriod' as const,
  id: code,
  code,
  kind: 'HALF',
  startsOn,
  endsOn,
  labelVi: code,
  labelEn: code,
  published,
});
const h1 = period('2020-H1', '2020-01-01', '2020-06-30');

describe('the register’s filters in the address', () => {
  it('reads the period, field and statuses from the words of the address', () => {
    expect(readFilters('?lang=vi&ky=2020-H1&linh-vuc=radio-frequency&trang-thai=in-progress&thi-hanh=paid')).toEqual({
      period: '2020-H1',
      field: 'RADIO_FREQUENCY',
      status: 'IN_PROGRESS',
      enforcement: 'PAID',
    });
  });

  it('ignores what it does not know rather than failing', () => {
    expect(readFilters('?linh-vuc=the-thao&trang-thai=xong&thi-hanh=')).toEqual({ period: null, field: null, status: null, enforcement: null });
  });

  it('writes the filters back, keeping the language and starting both tables on their first page', () => {
    const search = writeFilters(
      { period: '2020-H1', field: 'ELECTRONIC_INFORMATION', status: null, enforcement: 'APPEALED' },
      '?lang=en&linh-vuc=post&trang-thai=concluded&cuoc-sau=abc&qd-truoc=def',
    );
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({ lang: 'en', ky: '2020-H1', 'linh-vuc': 'electronic-information', 'thi-hanh': 'appealed' });
    expect(readFilters(search)).toEqual({ period: '2020-H1', field: 'ELECTRONIC_INFORMATION', status: null, enforcement: 'APPEALED' });
  });

  it('shows the latest period by default, the longer of two ending together as the statistics do, and the whole register when there is none', () => {
    const year = period('2020', '2020-01-01', '2020-12-31');
    const h2 = period('2020-H2', '2020-07-01', '2020-12-31');
    expect(defaultPeriod([h1])).toBe('2020-H1');
    expect(defaultPeriod([h1, h2])).toBe('2020-H2');
    expect(defaultPeriod([h2, year, h1])).toBe('2020');
    expect(defaultPeriod([])).toBe(ALL_PERIODS);
  });

  it('passes over a later period a statistician opened but has not published, as the gateway does', () => {
    const openOnly = period('2026-H2', '2026-07-01', '2026-12-31', false);
    expect(defaultPeriod([h1, openOnly])).toBe('2020-H1');
    expect(defaultPeriod([openOnly])).toBe(ALL_PERIODS);
  });

  it('asks the gateway for the period’s dates and the filters, a page of each table', () => {
    const variables = registerVariables(h1, { period: '2020-H1', field: 'POST', status: 'CONCLUDED', enforcement: 'PENDING' });
    expect(variables).toMatchObject({
      inspectionFilter: { from: '2020-01-01', to: '2020-06-30', field: 'POST', status: 'CONCLUDED' },
      decisionFilter: { from: '2020-01-01', to: '2020-06-30', field: 'POST', enforcementStatus: 'PENDING' },
      inspectionsFirst: PAGE_SIZE,
      decisionsFirst: PAGE_SIZE,
    });
    // The whole register: no dates.
    expect(registerVariables(null, { period: ALL_PERIODS, field: null, status: null, enforcement: null }).inspectionFilter).toEqual({});
  });

  it('pages each table on its own: forward after a cursor, back before one', () => {
    const next = pageSearch('?lang=vi&ky=2020-H1', 'decisions', { after: 'b2Zmc2V0OjE5' });
    expect(readPage(next, 'decisions')).toEqual({ after: 'b2Zmc2V0OjE5', before: null });
    expect(readPage(next, 'inspections')).toEqual({ after: null, before: null });
    const back = pageSearch(next, 'decisions', { before: 'b2Zmc2V0OjIw' });
    expect(new URLSearchParams(back).has('qd-sau')).toBe(false);
    expect(registerVariables(h1, readFilters(back), back)).toMatchObject({
      decisionsFirst: null,
      decisionsLast: PAGE_SIZE,
      decisionsBefore: 'b2Zmc2V0OjIw',
      inspectionsFirst: PAGE_SIZE,
      inspectionsAfter: null,
    });
  });
});
