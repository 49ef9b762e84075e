import type { PortalSummaryQuery } from './portal-summary';

/**
 * A full answer to the portal summary, typed as the declared result: `satisfies` refuses a field
 * the type lacks, and a field the type has but the fixture lacks, so the round-trip spec compares
 * the document's selection with the declared type field by field.
 */
export const portalSummaryFixture = {
  portalSummary: {
    __typename: 'PortalSummary',
    latestNews: [
      {
        __typename: 'PortalNewsItem',
        id: 'TmV3c0FydGljbGU6MQ',
        title: 'Lạng Sơn đẩy mạnh chuyển đổi số',
        slug: 'lang-son-day-manh-chuyen-doi-so',
        publishedAt: '2020-07-01T08:00:00+07:00',
        summary: 'Tỉnh triển khai dịch vụ công trực tuyến mức độ 4.',
      },
    ],
    period: {
      __typename: 'PortalSummaryPeriod',
      code: '2020-H1',
      labelVi: '6 tháng đầu năm 2020',
      labelEn: 'First half of 2020',
      startsOn: '2020-01-01',
      endsOn: '2020-06-30',
    },
    headlineIndicators: [
      {
        __typename: 'HeadlineIndicator',
        code: 'IT_ONLINE_SERVICES_LEVEL4_RATE',
        nameVi: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4',
        nameEn: 'Level-4 online public services rate',
        value: 32.4,
        unitVi: '%',
        unitEn: '%',
        period: '2020-H1',
        targetValue: 30,
        targetMet: true,
        provisional: false,
        factId: 'F07',
      },
    ],
    counts: { __typename: 'PortalSummaryCounts', procedures: 120, licencesValid: 42, asOf: '2020-07-01', awards: 3 },
    quickLinks: [
      {
        __typename: 'QuickLink',
        kind: 'NATIONAL_PUBLIC_SERVICE_PORTAL',
        labelVi: 'Cổng Dịch vụ công quốc gia',
        labelEn: 'National public service portal',
        url: 'https://dichvucong.gov.vn',
        external: true,
      },
    ],
  },
} satisfies PortalSummaryQuery;
