import type { InspectionReportedObservation, InspectionTotalsFields } from '@egov/client-operations/inspections';
import { describe, expect, it } from 'vitest';
import { reportedTotals, sourceQuotes, totalsLines } from './reported-totals';

// The half-year report's inspection figures (FACTS.md F30–F33), as the statistics domain keeps them.
const observation = (code: string, value: number, factId: string, quote: string, period = '2020-H1'): InspectionReportedObservation => ({ __typename: 'Observation' as const,
  id: `${code}-${period}`,
  value,
  factId,
  sourceQuote: quote,
  unitVi: '',
  unitEn: '',
  period: { __typename: 'ReportingPeriod' as const, id: period, code: period },
  indicator: { __typename: 'Indicator' as const, id: code, code, nameVi: code, nameEn: code },
});
const F30 = 'thanh tra 02 cuộc/04 đơn vị';
const F31 = '06 cuộc/07 đối tượng';
const F32 = 'Ban hành 05 quyết định xử phạt vi phạm hành chính, nộp ngân sách nhà nước số tiền là 60.000.000đ';
const report = [
  observation('INSPECTION_INSPECTIONS', 2, 'F30', F30),
  observation('INSPECTION_INSPECTED_UNITS', 4, 'F30', F30),
  observation('INSPECTION_CHECKS', 6, 'F31', F31),
  observation('INSPECTION_CHECKED_SUBJECTS', 7, 'F31', F31),
  observation('INSPECTION_SANCTION_DECISIONS', 5, 'F32', F32),
  observation('INSPECTION_FINES_PAID', 60_000_000, 'F32', F32),
  observation('INSPECTION_FALSE_INFORMATION_SUBJECTS', 2, 'F33', 'xử lý 02 đối tượng'),
  observation('INSPECTION_INSPECTIONS', 3, 'F90', 'another half-year', '2020-H2'),
];

describe('the reported totals', () => {
  it('are the report’s figures of the period, by indicator', () => {
    expect(reportedTotals(report, '2020-H1')).toEqual({ inspections: 2, inspectedSubjects: 4, checks: 6, checkedSubjects: 7, decisions: 5, finesVnd: 60_000_000 });
    expect(reportedTotals(report, '2020-H2')).toEqual({ inspections: 3 });
    expect(reportedTotals(report, '2021-H1')).toEqual({});
  });

  it('stand beside the register’s, with their differences; a figure not reported is not compared', () => {
    const totals: InspectionTotalsFields = { __typename: 'InspectionTotals' as const,
      from: '2020-07-01',
      to: '2020-12-31',
      inspections: 3,
      inspectedSubjects: 5,
      checks: 1,
      checkedSubjects: 1,
      decisions: 0,
      finesVnd: 0,
      finesInWords: 'Không đồng',
    };
    expect(totalsLines(totals, { inspections: 3 })).toEqual([
      { figure: 'inspections', reported: 3, register: 3, difference: 0 },
      { figure: 'inspectedSubjects', reported: null, register: 5, difference: null },
      { figure: 'checks', reported: null, register: 1, difference: null },
      { figure: 'checkedSubjects', reported: null, register: 1, difference: null },
      { figure: 'decisions', reported: null, register: 0, difference: null },
      { figure: 'finesVnd', reported: null, register: 0, difference: null },
    ]);
    const empty = { ...totals, inspections: 0, inspectedSubjects: 0, checks: 0, checkedSubjects: 0 };
    const lines = totalsLines(empty, { finesVnd: 60_000_000 });
    expect(lines.find((line) => line.figure === 'finesVnd')).toEqual({ figure: 'finesVnd', reported: 60_000_000, register: 0, difference: -60_000_000 });
  });

  it('cite the report’s words once each, in the report’s order', () => {
    expect(sourceQuotes(report, '2020-H1').map((quote) => quote.factId)).toEqual(['F30', 'F31', 'F32', 'F33']);
  });
});
