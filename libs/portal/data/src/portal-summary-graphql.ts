import { toGlobalId, type GraphQLModule } from '@egov/graphql';
import { isTargetMet, type Indicator, type Observation, type Period } from '@egov/kpis-model';
import { dayInVietnam, latestPeriod } from '@egov/periods';
import { firstDataSetKpis } from './first-data-set/kpis';
import type { PortalRepositories } from './portal-repositories';

const typeDefs = /* GraphQL */ `
  "An article of the latest news (tin mới nhất), as the home page lists it."
  type PortalNewsItem {
    "The article's global id: ask \`node(id)\` for all of it."
    id: ID!
    "Title (tiêu đề), plain text."
    title: String!
    "The article's key in addresses: unique, never changes."
    slug: String!
    "When the public first could read this version of it."
    publishedAt: DateTime!
    "A few sentences that say what it is about (tóm tắt)."
    summary: String!
  }

  "The reporting period (kỳ báo cáo) the headline figures are from."
  type PortalSummaryPeriod {
    "2020-H1, 2020-Q3, 2020-07 or 2020."
    code: String!
    "Name as a Vietnamese report writes it: 6 tháng đầu năm 2020."
    labelVi: String!
    "Name in English: First half of 2020."
    labelEn: String!
    "First day of the period, YYYY-MM-DD."
    startsOn: Date!
    "Last day of the period, YYYY-MM-DD."
    endsOn: Date!
  }

  "One headline figure (chỉ tiêu nổi bật) of the province, from the statistics."
  type HeadlineIndicator {
    "The indicator's code: IT_ONLINE_SERVICES_LEVEL4_RATE."
    code: String!
    "The indicator's name in Vietnamese (tên chỉ tiêu)."
    nameVi: String!
    "The indicator's name in English."
    nameEn: String!
    "The figure, in the indicator's unit."
    value: Float!
    "The unit of the figure (đơn vị tính), in Vietnamese."
    unitVi: String!
    "The unit of the figure, in English."
    unitEn: String!
    "The code of the reporting period the figure is for: 2020-H1."
    period: String!
    "The figure planned for the period (chỉ tiêu), in the unit of the value; null when none was set."
    targetValue: Float
    "Whether the figure meets its target, given which way is better; null without a target or for a neutral indicator."
    targetMet: Boolean
    "True while the figure is provisional (số liệu sơ bộ), e.g. reported before the period ended."
    provisional: Boolean!
    "The id of the figure in the first data set's fact table (F07), when it comes from there."
    factId: String
  }

  "How many there are of what the portal offers."
  type PortalSummaryCounts {
    "Administrative procedures in the catalogue (thủ tục hành chính)."
    procedures: Int!
    "Licences in force on \`asOf\` (giấy phép còn hiệu lực): not expired, not revoked; sample records left out."
    licencesValid: Int!
    "The day the licences are judged on: today in Vietnam."
    asOf: Date!
    "Award decisions (khen thưởng) reported in the summary's period; 0 when there is no period."
    awards: Int!
  }

  "What a quick link leads to."
  enum QuickLinkKind {
    "Cổng Dịch vụ công quốc gia: the national public service portal."
    NATIONAL_PUBLIC_SERVICE_PORTAL
    "Văn bản pháp luật, chính sách: the national database of legal documents."
    LAW_AND_POLICY
    "Thủ tục hành chính: the department's procedure catalogue in this portal."
    PROCEDURE_CATALOGUE
    "Số liệu thống kê: the statistics of this portal."
    STATISTICS
    "Dữ liệu mở: the open-data downloads of this portal."
    OPEN_DATA
  }

  "A link of the home page's quick-access bar (truy cập nhanh)."
  type QuickLink {
    "What the link leads to."
    kind: QuickLinkKind!
    "The link's text in Vietnamese."
    labelVi: String!
    "The link's text in English."
    labelEn: String!
    "An absolute https address for another site, a path (starting with /) within this portal."
    url: String!
    "True when the link leaves the portal (open it as an outside site)."
    external: Boolean!
  }

  "What the portal's home page shows (trang chủ), in one query."
  type PortalSummary {
    "The latest published articles, newest first: at most 5."
    latestNews: [PortalNewsItem!]!
    "The period of the headline figures: the latest published one (by its last day) holding any of them for the province; null before any is recorded and published."
    period: PortalSummaryPeriod
    """
    The headline figures of that period for the province, in this order: online public services
    rate (with its target), e-office accounts, postal service points, telephone subscribers,
    telephone density, internet subscribers. An indicator without a figure in the period is left out.
    """
    headlineIndicators: [HeadlineIndicator!]!
    "How many procedures, valid licences and awards there are."
    counts: PortalSummaryCounts!
    "The quick links, in the order the home page shows them."
    quickLinks: [QuickLink!]!
  }

  extend type Query {
    "Everything the home page shows (latest news, headline figures, counts, quick links) in one query."
    portalSummary: PortalSummary!
  }
`;

/** How many articles the home page lists. */
export const LATEST_NEWS_COUNT = 5;

/** The headline indicators, by code, in the order the home page shows them (facts of the first data set). */
export const HEADLINE_INDICATOR_CODES = [
  'IT_ONLINE_SERVICES_LEVEL4_RATE', // F07, with its target of 30 %
  'IT_E_OFFICE_USER_ACCOUNTS', // F09
  'POST_SERVICE_POINTS', // F13
  'TELECOM_PHONE_SUBSCRIBERS', // F18
  'TELECOM_PHONE_DENSITY', // F19
  'TELECOM_INTERNET_SUBSCRIBERS', // F20
] as const;

type QuickLinkKind = 'NATIONAL_PUBLIC_SERVICE_PORTAL' | 'LAW_AND_POLICY' | 'PROCEDURE_CATALOGUE' | 'STATISTICS' | 'OPEN_DATA';

export interface QuickLink {
  kind: QuickLinkKind;
  labelVi: string;
  labelEn: string;
  url: string;
  external: boolean;
}

/**
 * The home page's quick links. The in-portal paths are the shell's route bases (the procedures and
 * statistics remotes) and the gateway's open-data index.
 */
export const QUICK_LINKS: readonly QuickLink[] = [
  {
    kind: 'NATIONAL_PUBLIC_SERVICE_PORTAL',
    labelVi: 'Cổng Dịch vụ công quốc gia',
    labelEn: 'National public service portal',
    url: 'https://dichvucong.gov.vn',
    external: true,
  },
  { kind: 'LAW_AND_POLICY', labelVi: 'Văn bản pháp luật, chính sách', labelEn: 'Law and policy', url: 'https://vbpl.vn', external: true },
  { kind: 'PROCEDURE_CATALOGUE', labelVi: 'Thủ tục hành chính', labelEn: 'Administrative procedures', url: '/thu-tuc', external: false },
  { kind: 'STATISTICS', labelVi: 'Số liệu thống kê', labelEn: 'Statistics', url: '/thong-ke', external: false },
  { kind: 'OPEN_DATA', labelVi: 'Dữ liệu mở', labelEn: 'Open data', url: '/open-data', external: false },
];

export interface PortalSummaryOptions {
  /** The present moment: decides which articles are published and which licences are in force. Real time when left out. */
  now?: () => Date;
  /** The GSO code of the province the headline figures are about; Lạng Sơn (20) when left out. */
  provinceCode?: string;
}

/**
 * The period whose figures the home page shows: of the published periods with a headline figure,
 * the one that ends last; of two ending together (2020-H2 and 2020-Q4), the longer.
 */
function latestPeriodOf(periods: readonly Period[], observations: readonly Observation[]): Period | null {
  const withFigures = new Set(observations.map((observation) => observation.period));
  return latestPeriod(periods.filter((period) => withFigures.has(period.code)));
}

function headlineOf(indicator: Indicator, observation: Observation) {
  return {
    code: indicator.code,
    nameVi: indicator.nameVi,
    nameEn: indicator.nameEn,
    value: observation.value,
    unitVi: indicator.unitVi,
    unitEn: indicator.unitEn,
    period: observation.period,
    targetValue: observation.target,
    targetMet: isTargetMet(observation.value, observation.target, indicator.direction),
    provisional: observation.status === 'provisional',
    factId: observation.factId,
  };
}

type SummarySources = Pick<PortalRepositories, 'news' | 'kpis' | 'procedures' | 'licences' | 'awards'>;

/**
 * The home page's summary as one resolver over the domains' repositories: a fixed number of SQL
 * statements (seven) whatever the amount of news, figures, procedures or licences. The database
 * counts; only the rows shown (and the province's headline figures, a few per period) are read.
 */
async function readPortalSummary(repos: SummarySources, now: Date, provinceCode: string) {
  const [news, periods, headlineFigures, indicators, procedures, licences] = await Promise.all([
    repos.news.listPublished({ first: LATEST_NEWS_COUNT, now }),
    repos.kpis.listPeriods({ published: true }),
    repos.kpis.listObservations({ areaCode: provinceCode, indicatorCodes: HEADLINE_INDICATOR_CODES }),
    repos.kpis.getIndicators(HEADLINE_INDICATOR_CODES),
    repos.procedures.count(),
    repos.licences.countByStatus(dayInVietnam(now)),
  ]);
  const period = latestPeriodOf(periods, headlineFigures);
  const awards = period ? await repos.awards.count({ period: period.code }) : 0;

  const figureOf = new Map(headlineFigures.filter((o) => o.period === period?.code).map((o) => [o.indicatorCode, o]));
  const headlineIndicators = indicators.flatMap((indicator) => {
    const observation = indicator && figureOf.get(indicator.code);
    return indicator && observation ? [headlineOf(indicator, observation)] : [];
  });

  return {
    latestNews: news.items.map((article) => ({
      id: toGlobalId('NewsArticle', article.id),
      title: article.title,
      slug: article.slug,
      publishedAt: article.publishedAt,
      summary: article.summary,
    })),
    period,
    headlineIndicators,
    counts: { procedures, licencesValid: licences.valid, asOf: dayInVietnam(now), awards },
    quickLinks: QUICK_LINKS,
  };
}

/**
 * `portalSummary`: what the shell's home page shows (latest news, the province's headline figures
 * of the latest period, counts and quick links) in one query and a fixed number of statements.
 */
export function portalSummaryGraphQLModule(repos: SummarySources, options: PortalSummaryOptions = {}): GraphQLModule {
  const now = options.now ?? (() => new Date());
  const provinceCode = options.provinceCode ?? firstDataSetKpis.areaCode;
  return {
    name: 'portal-summary',
    typeDefs,
    resolvers: {
      Query: {
        portalSummary: () => readPortalSummary(repos, now(), provinceCode),
      },
    },
  };
}
