import { describe, expect, it } from 'vitest';
import { awardsExport, dashboardExport, districtRows, fieldSummary, recipientOf, visibleFields } from './dashboard-view';
import { award, dashboardFixture } from './test-fixtures';

const headers = {
  period: 'Kỳ', field: 'Lĩnh vực', code: 'Mã', indicator: 'Chỉ tiêu', value: 'Giá trị', unit: 'Đơn vị', target: 'Kế hoạch', targetMet: 'Đạt',
  numerator: 'Tử số', denominator: 'Mẫu số', status: 'Tình trạng', factId: 'Mã dữ kiện', sourceQuote: 'Nguồn',
};

describe('grouping the dashboard by field', () => {
  it('keeps the five fields in report order, or only the one chosen', () => {
    expect(visibleFields(dashboardFixture.fields, null).map((each) => each.field.code)).toEqual(['PUBLISHING', 'IT', 'POST', 'TELECOM', 'INSPECTION']);
    expect(visibleFields(dashboardFixture.fields, 'POST').map((each) => each.field.code)).toEqual(['POST']);
  });

  it('counts the indicators with a figure and the targets met', () => {
    expect(fieldSummary(dashboardFixture.fields[1]!)).toEqual({ indicators: 2, withFigure: 2, withTarget: 1, met: 1 });
    expect(fieldSummary(dashboardFixture.fields[4]!)).toEqual({ indicators: 2, withFigure: 1, withTarget: 0, met: 0 });
  });
});

describe('the rows of a download', () => {
  it('holds one row per indicator shown, with its figure, target and source', () => {
    const table = dashboardExport(visibleFields(dashboardFixture.fields, 'IT'), '2020-H1', headers, 'vi');
    expect(table.columns.map((column) => column.header)).toEqual(Object.values(headers));
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]).toMatchObject({ period: '2020-H1', field: 'Công nghệ thông tin', code: 'IT_ONLINE_SERVICES_LEVEL4_RATE', value: 32.4, target: 30, targetMet: true, factId: 'F07' });
  });

  it('keeps an indicator without a figure as a row with empty cells', () => {
    const table = dashboardExport(visibleFields(dashboardFixture.fields, 'INSPECTION'), '2020-H1', headers, 'en');
    expect(table.rows[1]).toMatchObject({ code: 'INSPECTION_CHECKS', indicator: 'Checks', value: null, sourceQuote: null });
  });
});

describe('the district view', () => {
  const districts = [
    { __typename: 'Area' as const, id: 'a', code: '187', nameVi: 'Huyện Chi Lăng', nameEn: 'Chi Lang District', kind: 'DISTRICT' as const },
    { __typename: 'Area' as const, id: 'b', code: '178', nameVi: 'Thành phố Lạng Sơn', nameEn: 'Lang Son City', kind: 'CITY' as const },
    { __typename: 'Area' as const, id: 'c', code: '180', nameVi: 'Huyện Tràng Định', nameEn: 'Trang Dinh District', kind: 'DISTRICT' as const },
  ];

  it('lists every district in GSO code order, with null where there is no figure, ignoring the province figure', () => {
    const rows = districtRows(districts, [{ value: 20, area: { code: '187' } }, { value: 238, area: { code: '20' } }], 'vi');
    expect(rows).toEqual([
      { code: '178', name: 'Thành phố Lạng Sơn', value: null },
      { code: '180', name: 'Huyện Tràng Định', value: null },
      { code: '187', name: 'Huyện Chi Lăng', value: 20 },
    ]);
  });
});

describe('the awards register', () => {
  const group = (collectives: number, individuals: number) => `${collectives} tập thể và ${individuals} cá nhân`;

  it('names a collective by its unit and a group by its counts', () => {
    expect(recipientOf(award({}), 'vi', group)).toBe('Trung tâm Công nghệ thông tin và Truyền thông');
    expect(recipientOf(award({ recipientKind: 'GROUP', recipientUnit: null, collectivesCount: 6, individualsCount: 13 }), 'vi', group)).toBe('6 tập thể và 13 cá nhân');
    expect(recipientOf(award({ recipientKind: 'GROUP', recipientUnit: null, recipientName: 'Các tập thể và cá nhân điển hình tiên tiến ngành TT&TT', collectivesCount: 6, individualsCount: 13 }), 'vi', group)).toBe(
      'Các tập thể và cá nhân điển hình tiên tiến ngành TT&TT: 6 tập thể và 13 cá nhân',
    );
  });

  it('downloads the awards shown, the reason in Vietnamese when no English is recorded', () => {
    const table = awardsExport([award({})], 'en', { factId: 'Fact', kind: 'Form', conferredBy: 'By', level: 'Level', recipient: 'Recipient', reason: 'Reason', period: 'Period', conferredOn: 'Date' }, () => 'Provincial', group);
    expect(table.rows).toEqual([{ factId: 'F40', kind: 'Certificate of merit', conferredBy: 'Chairman of the provincial People’s Committee', level: 'Provincial', recipient: 'ICT Centre', reason: '02 năm liên tục hoàn thành xuất sắc nhiệm vụ', period: '2020-H1', conferredOn: '2020-06-26' }]);
  });
});
