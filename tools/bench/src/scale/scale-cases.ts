/**
 * What `npm run bench:scale` asks the gateway: the GraphQL documents the portal's remotes send
 * (by operation name from @egov/client-operations/all) with the variables a reader or an official
 * would give, and the open-data downloads. Variables that name a record come from the data set.
 */
import type { Queryable } from '@egov/db';
import { COMMON_WORDS_QUERY, RARE_WORD_QUERY } from './grow-data-set';

/** Records of the data set the cases name (the newest article, a dossier, a period...). */
export interface Fixtures {
  articles: number;
  slug: string;
  dossierCode: string;
  procedureCode: string;
  indicatorCode: string;
  period: string;
  periodEnd: string;
}

/** Sends a GraphQL operation (signed in as staff when asked) and returns its data; errors throw. */
export type Call = (operation: string, variables: Record<string, unknown>, staff?: boolean) => Promise<Record<string, unknown>>;

export type ScaleCase =
  | {
      name: string;
      kind: 'graphql';
      operation: string;
      staff?: boolean;
      variables: (fixtures: Fixtures, call: Call) => Record<string, unknown> | Promise<Record<string, unknown>>;
    }
  | { name: string; kind: 'download'; path: string };

/** A well-formed dossier code no dossier holds: the lookup's answer when the data set has none. */
const UNKNOWN_DOSSIER = 'LSN-200101-0001';
/** The largest offset the news list takes (news-graphql MAX_OFFSET). */
const MAX_NEWS_OFFSET = 100_000;

export async function readFixtures(db: Queryable): Promise<Fixtures> {
  const one = async <T>(sql: string): Promise<T | undefined> => (await db.query<{ value: T }>(sql))[0]?.value;
  return {
    articles: (await one<number>(`select count(*)::int as value from news_articles where state = 'published'`)) ?? 0,
    slug: (await one<string>(`select slug as value from news_articles where state = 'published' order by published_at desc limit 1`)) ?? 'none',
    dossierCode: (await one<string>(`select code as value from dossiers order by received_at limit 1 offset (select count(*) / 2 from dossiers)`)) ?? UNKNOWN_DOSSIER,
    procedureCode: (await one<string>(`select code as value from procedures order by code limit 1`)) ?? 'none',
    indicatorCode: (await one<string>(`select indicator_code as value from observations group by 1 order by count(*) desc, 1 limit 1`)) ?? 'none',
    period: (await one<string>(`select code as value from periods order by ends_on desc, code limit 1`)) ?? '2020-H1',
    periodEnd: (await one<string>(`select ends_on::text as value from periods order by ends_on desc, code limit 1`)) ?? '2020-06-30',
  };
}

/** The register's page before its last one, reached by cursor as a reader paging back reaches it. */
async function deepRegisterPage(call: Call): Promise<Record<string, unknown>> {
  const last = await call('InspectionRegister', { inspectionsLast: 20, decisionsLast: 20 });
  const startCursor = (list: string) => ((last[list] as { pageInfo: { startCursor: string | null } }).pageInfo.startCursor ?? undefined);
  const inspectionsBefore = startCursor('inspections');
  const decisionsBefore = startCursor('sanctionDecisions');
  return {
    inspectionsLast: 20,
    decisionsLast: 20,
    ...(inspectionsBefore ? { inspectionsBefore } : {}),
    ...(decisionsBefore ? { decisionsBefore } : {}),
  };
}

const graphql = (name: string, operation: string, variables: Extract<ScaleCase, { kind: 'graphql' }>['variables'] = () => ({}), staff = false): ScaleCase => ({
  name,
  kind: 'graphql',
  operation,
  variables,
  ...(staff ? { staff } : {}),
});
const download = (name: string, path: string): ScaleCase => ({ name, kind: 'download', path });

export const scaleCases: readonly ScaleCase[] = [
  graphql('home page summary', 'PortalSummary'),
  graphql('news list, page 1', 'NewsArticles', () => ({ first: 20, offset: 0 })),
  graphql('news list, deep page', 'NewsArticles', (f) => ({ first: 20, offset: Math.min(MAX_NEWS_OFFSET, Math.max(0, Math.floor((f.articles * 0.9) / 20) * 20)) })),
  graphql('news article', 'NewsArticle', (f) => ({ slug: f.slug })),
  graphql('news search, common words', 'NewsSearch', () => ({ query: COMMON_WORDS_QUERY, first: 20, offset: 0 })),
  graphql('news search, rare word', 'NewsSearch', () => ({ query: RARE_WORD_QUERY, first: 20, offset: 0 })),
  graphql('news units', 'NewsUnits'),
  graphql('statistics dashboard', 'StatisticsDashboard', (f) => ({ period: f.period })),
  graphql('indicator series', 'IndicatorSeries', (f) => ({ code: f.indicatorCode, areaCode: '20' })),
  graphql('district figures', 'DistrictFigures', (f) => ({ code: f.indicatorCode, period: f.period, validOn: f.periodEnd })),
  graphql('awards, all', 'AwardsRegister', () => ({})),
  graphql('awards, one period', 'AwardsRegister', (f) => ({ filter: { period: f.period } })),
  graphql('awards, recipient search', 'AwardsRegister', () => ({ filter: { query: 'nguyen van' } })),
  graphql('procedures', 'Procedures', () => ({ first: 20 })),
  graphql('procedure search', 'ProcedureSearch', () => ({ query: 'giay phep', first: 20 })),
  graphql('procedure', 'Procedure', (f) => ({ code: f.procedureCode })),
  graphql('dossier lookup (public)', 'DossierLookup', (f) => ({ code: f.dossierCode })),
  graphql('licences register, page 1', 'Licences', () => ({ first: 20 })),
  graphql('licences, holder search', 'Licences', () => ({ filter: { holder: 'vien thong ky lua' }, first: 20 })),
  graphql('inspection periods', 'InspectionPeriods'),
  graphql('inspection period report', 'InspectionPeriodReport', (f) => ({ period: f.period })),
  graphql('inspections register, all periods, page 1', 'InspectionRegister', () => ({ inspectionsFirst: 20, decisionsFirst: 20 })),
  graphql('inspections register, deep page by cursor', 'InspectionRegister', (_, call) => deepRegisterPage(call)),
  graphql('sanction decisions, enforcement pending', 'InspectionRegister', () => ({
    inspectionsFirst: 1,
    decisionsFirst: 20,
    decisionFilter: { enforcementStatus: 'PENDING' },
  })),
  download('open data indicators.csv', '/open-data/indicators.csv'),
  download('open data licences.csv', '/open-data/licences.csv'),
  download('open data sanction-decisions.csv', '/open-data/sanction-decisions.csv'),
  graphql('staff: viewer', 'Viewer', () => ({}), true),
  graphql('staff: dossiers, first 100', 'Dossiers', () => ({ first: 100 }), true),
  graphql('staff: dossier', 'Dossier', (f) => ({ code: f.dossierCode }), true),
  graphql('staff: editorial news list', 'NewsEditorialArticles', () => ({ first: 20, offset: 0 }), true),
  graphql('staff: observation editor', 'ObservationEditor', () => ({}), true),
  graphql('staff: inspection choices', 'InspectionChoices', () => ({}), true),
  graphql('staff: sanction decision choices', 'SanctionDecisionChoices', () => ({}), true),
];
