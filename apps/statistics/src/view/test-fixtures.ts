import type { AwardFields, DashboardObservationFields, IndicatorFields, StatisticsDashboardQuery } from '@egov/client-operations/statistics';

/** Indicators and figures of the first data set (FACTS.md), as the API answers them. */
export const indicator = (code: string, measure: IndicatorFields['measure'], names: [string, string], units: [string, string], base: string | null = null): IndicatorFields => ({
  __typename: 'Indicator',
  id: `Indicator:${code}`,
  code,
  nameVi: names[0],
  nameEn: names[1],
  unitVi: units[0],
  unitEn: units[1],
  measure,
  direction: 'HIGHER_IS_BETTER',
  legalBasis: null,
  baseIndicator: base ? { __typename: 'Indicator', id: `Indicator:${base}`, code: base } : null,
});

export const figure = (id: string, value: number, extra: Partial<DashboardObservationFields> = {}): DashboardObservationFields => ({
  __typename: 'Observation',
  id,
  value,
  numerator: null,
  denominator: null,
  targetValue: null,
  targetMet: null,
  status: 'PROVISIONAL',
  sourceQuote: 'trích dẫn',
  factId: null,
  noteVi: null,
  noteEn: null,
  version: 1,
  ownerUnit: null,
  derived: { __typename: 'DerivedFigures', percentage: null, percentageCheck: null, baseValue: null, impliedPopulation: null },
  ...extra,
});

export const level4 = indicator('IT_ONLINE_SERVICES_LEVEL4_RATE', 'PERCENT', ['Tỷ lệ dịch vụ công trực tuyến mức độ 4', 'Level-4 online public services'], ['% dịch vụ công', '% of public services']);
export const accounts = indicator('IT_E_OFFICE_USER_ACCOUNTS', 'COUNT', ['Tài khoản người dùng văn phòng điện tử', 'E-office user accounts'], ['tài khoản', 'accounts']);
export const newspapers = indicator('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 'PERCENT', ['Tỷ lệ xã có báo đến trong ngày', 'Communes with same-day newspapers'], ['% xã', '% of communes']);
export const points = indicator('POST_SERVICE_POINTS', 'COUNT', ['Điểm phục vụ bưu chính', 'Postal service points'], ['điểm', 'points']);
export const perPoint = indicator('POST_INHABITANTS_PER_POINT', 'INHABITANTS_PER_POINT', ['Số dân bình quân/điểm phục vụ', 'Inhabitants per postal point'], ['dân/điểm', 'inhabitants per point'], 'POST_SERVICE_POINTS');
export const phoneDensity = indicator('TELECOM_PHONE_DENSITY', 'PER_100_INHABITANTS', ['Mật độ điện thoại', 'Telephone density'], ['thuê bao/100 dân', 'subscribers per 100 inhabitants'], 'TELECOM_PHONE_SUBSCRIBERS');
export const fines = indicator('INSPECTION_FINES_PAID', 'AMOUNT_VND', ['Tiền phạt nộp ngân sách', 'Fines paid'], ['đồng', 'đồng']);

type Dashboard = NonNullable<StatisticsDashboardQuery['statisticsDashboard']>;

export const period = { __typename: 'ReportingPeriod' as const, id: 'ReportingPeriod:2020-H1', code: '2020-H1', labelVi: '6 tháng đầu năm 2020', labelEn: 'First half of 2020', startsOn: '2020-01-01', endsOn: '2020-06-30', published: true };

const ind = (code: string, nameVi: string, nameEn: string) => ({ __typename: 'Indicator' as const, id: `Indicator:${code}`, code, nameVi, nameEn });

/** A dashboard of 2020-H1 with a few figures of each kind, as the API gives it. */
export const dashboardFixture: Dashboard = {
  __typename: 'StatisticsDashboard',
  period,
  areaCode: '20',
  area: { __typename: 'Area', id: 'Area:20', code: '20', nameVi: 'Tỉnh Lạng Sơn', nameEn: 'Lạng Sơn Province' },
  fields: [
    { __typename: 'DashboardField' as const, field: { __typename: 'KpiField' as const, code: 'PUBLISHING', labelVi: 'Thông tin - Báo chí - Xuất bản', labelEn: 'Information, press and publishing' }, indicators: [] },
    { __typename: 'DashboardField' as const,
      field: { __typename: 'KpiField' as const, code: 'IT', labelVi: 'Công nghệ thông tin', labelEn: 'Information technology' },
      indicators: [
        { __typename: 'DashboardIndicator' as const, indicator: level4, observation: figure('Observation:7', 32.4, { targetValue: 30, targetMet: true, factId: 'F07', sourceQuote: 'hoàn thành chỉ tiêu 30% dịch vụ công trực tuyến mức độ 4 (đạt 32,4%)' }) },
        { __typename: 'DashboardIndicator' as const, indicator: accounts, observation: figure('Observation:9', 10641, { factId: 'F09', sourceQuote: '10.641 tài khoản người dùng' }) },
      ],
    },
    { __typename: 'DashboardField' as const,
      field: { __typename: 'KpiField' as const, code: 'POST', labelVi: 'Bưu chính', labelEn: 'Postal services' },
      indicators: [
        { __typename: 'DashboardIndicator' as const, indicator: points, observation: figure('Observation:13', 238, { factId: 'F13' }) },
        { __typename: 'DashboardIndicator' as const, indicator: perPoint, observation: figure('Observation:14', 3555, { factId: 'F14', derived: { __typename: 'DerivedFigures' as const, percentage: null, percentageCheck: null, baseValue: 238, impliedPopulation: 846090 } }) },
        { __typename: 'DashboardIndicator' as const,
          indicator: newspapers,
          observation: figure('Observation:15', 94, {
            factId: 'F15',
            numerator: 187,
            denominator: 200,
            sourceQuote: '187/200 xã, đạt tỷ lệ 94%',
            derived: { __typename: 'DerivedFigures' as const, percentage: 93.5, percentageCheck: { __typename: 'FigureCheck' as const, reported: 94, derived: 93.5, difference: 0.5, explainedByRounding: true }, baseValue: null, impliedPopulation: null },
          }),
        },
      ],
    },
    { __typename: 'DashboardField' as const,
      field: { __typename: 'KpiField' as const, code: 'TELECOM', labelVi: 'Viễn thông, Internet', labelEn: 'Telecommunications and Internet' },
      indicators: [{ __typename: 'DashboardIndicator' as const, indicator: phoneDensity, observation: figure('Observation:19', 105, { factId: 'F19', derived: { __typename: 'DerivedFigures' as const, percentage: null, percentageCheck: null, baseValue: 819000, impliedPopulation: 780000 } }) }],
    },
    { __typename: 'DashboardField' as const,
      field: { __typename: 'KpiField' as const, code: 'INSPECTION', labelVi: 'Thanh tra', labelEn: 'Inspection' },
      indicators: [
        { __typename: 'DashboardIndicator' as const, indicator: fines, observation: figure('Observation:32', 60000000, { factId: 'F32' }) },
        { __typename: 'DashboardIndicator' as const, indicator: indicator('INSPECTION_CHECKS', 'COUNT', ['Cuộc kiểm tra', 'Checks'], ['cuộc', 'checks']), observation: null },
      ],
    },
  ],
  consistency: { __typename: 'ConsistencyReport' as const,
    ratios: [{ __typename: 'RatioCheck' as const, indicator: ind(newspapers.code, newspapers.nameVi, newspapers.nameEn), factId: 'F15', numerator: 187, denominator: 200, reported: 94, derived: 93.5, difference: 0.5, reportedDecimals: 0, explainedByRounding: true }],
    population: { __typename: 'PopulationCrossCheck' as const,
      estimates: [
        { __typename: 'PopulationEstimate' as const, indicator: ind(perPoint.code, perPoint.nameVi, perPoint.nameEn), baseIndicator: ind(points.code, points.nameVi, points.nameEn), factIds: ['F13', 'F14'], method: 'POINTS', rate: 3555, count: 238, population: 846090, arithmeticVi: '238 × 3.555 = 846.090', arithmeticEn: '238 × 3,555 = 846,090' },
        { __typename: 'PopulationEstimate' as const, indicator: ind(phoneDensity.code, phoneDensity.nameVi, phoneDensity.nameEn), baseIndicator: ind('TELECOM_PHONE_SUBSCRIBERS', 'Thuê bao điện thoại', 'Telephone subscribers'), factIds: ['F18', 'F19'], method: 'DENSITY', rate: 105, count: 819000, population: 780000, arithmeticVi: '819.000 : 105 × 100 = 780.000', arithmeticEn: '819,000 ÷ 105 × 100 = 780,000' },
      ],
      min: 780000,
      max: 846090,
      spread: 66090,
      relativeSpread: 66090 / 780000,
    },
  },
};

/** An award of the register as the API answers it: by default the Bằng khen of F40, `extra` changing what a test needs. */
export const award = (extra: Partial<AwardFields>): AwardFields => ({
  __typename: 'Award',
  id: 'x', kind: 'CERTIFICATE_OF_MERIT', kindLabelVi: 'Bằng khen', kindLabelEn: 'Certificate of merit', conferredByLabelVi: 'Chủ tịch UBND tỉnh', conferredByLabelEn: 'Chairman of the provincial People’s Committee',
  level: 'PROVINCIAL', recipientKind: 'COLLECTIVE', recipientUnit: { __typename: 'Unit', id: 'u', nameVi: 'Trung tâm Công nghệ thông tin và Truyền thông', nameEn: 'ICT Centre' }, recipientName: null,
  collectivesCount: 1, individualsCount: 0, reasonVi: '02 năm liên tục hoàn thành xuất sắc nhiệm vụ', reasonEn: null, yearsCovered: null, conferredOn: '2020-06-26', period: '2020-H1', factId: 'F40', sourceQuote: null,
  ...extra,
});

/** The awards of 2020-H1 in the first data set (F40–F42), as the register answers them. */
export const firstAwards: AwardFields[] = [
  award({ id: 'Award:F40', reasonEn: 'Two consecutive years of excellent completion of duties' }),
  award({
    id: 'Award:F41',
    factId: 'F41',
    recipientUnit: { __typename: 'Unit', id: 'Unit:phong-ttbcxb', nameVi: 'Phòng Thông tin - Báo chí - Xuất bản', nameEn: 'Information, Press and Publishing Division' },
    reasonVi: 'Thành tích xuất sắc trong phong trào thi đua thực hiện kế hoạch và nhiệm vụ công tác năm 2019',
    reasonEn: 'Outstanding achievement in the 2019 emulation movement to carry out the work plan and duties',
    yearsCovered: '2019',
  }),
  award({
    id: 'Award:F42',
    factId: 'F42',
    kind: 'COMMENDATION',
    kindLabelVi: 'Giấy khen',
    kindLabelEn: 'Commendation',
    conferredByLabelVi: 'Giám đốc Sở',
    conferredByLabelEn: 'Director of the Department',
    level: 'DEPARTMENT',
    recipientKind: 'GROUP',
    recipientUnit: null,
    recipientName: 'Các tập thể và cá nhân điển hình tiên tiến ngành TT&TT',
    collectivesCount: 6,
    individualsCount: 13,
    reasonVi: 'Điển hình tiên tiến ngành Thông tin và Truyền thông giai đoạn 2016 - 2020',
    reasonEn: 'Exemplary advanced models of the information and communications sector, 2016–2020',
    yearsCovered: '2016–2020',
  }),
];
