import type { KeysetRange } from '@egov/db';
import { areaLoader, type DistrictsRepository } from '@egov/districts-server';
import {
  badInput,
  codeArgument,
  connectionFromArray,
  connectionTypeDefs,
  type GraphQLModule,
  hasRole,
  keyOfGlobalId,
  keysetConnection,
  type KeysetOrder,
  keysetRange,
  mutationPayload,
  type PageArgs,
  type RequestContext,
  requireRole,
  searchText,
  withInputNames,
} from '@egov/graphql';
import {
  PERIOD_CODE_PATTERN,
  checkConsistency,
  checkFigure,
  densityPer100,
  inhabitantsPerPoint,
  isTargetMet,
  kpiFieldLabels,
  kpiFields,
  parsePeriod,
  percentageOf,
  populationFromDensity,
  populationFromPoints,
  type ConsistencyReport,
  type Indicator,
  type KpiField,
  type Observation,
  type ObservationInput,
  type ObservationStatus,
  type Period,
  type StoredPeriod,
} from '@egov/kpis-model';
import { latestPeriod } from '@egov/periods';
import { unitLoader, type UnitsRepository } from '@egov/units-server';
import { GraphQLError } from 'graphql';
import { observationOrder, type KpisRepository, type ObservationChange, type ObservationFilter, type PeriodFilter } from './kpis-repository';

/** The figures' one order, as cursors name it. */
const observationsInOrder: KeysetOrder<Observation> = {
  name: 'observations',
  columns: observationOrder,
  position: (o) => [o.period, o.areaCode, o.factId === null, o.factId ?? '', o.id],
};

const typeDefs = /* GraphQL */ `
  "A field of statistics (lĩnh vực), the way the department's reports group their indicators."
  enum KpiFieldCode {
    "Thông tin - Báo chí - Xuất bản: information, press and publishing."
    PUBLISHING
    "Công nghệ thông tin: information technology."
    IT
    "Bưu chính: postal services."
    POST
    "Viễn thông, Internet: telecommunications and Internet."
    TELECOM
    "Thanh tra: inspection."
    INSPECTION
  }

  "A field of statistics (lĩnh vực) with its names and its indicators."
  type KpiField {
    "The field's code."
    code: KpiFieldCode!
    "Name as the reports write it, in Vietnamese."
    labelVi: String!
    "Name in English."
    labelEn: String!
    "The field's indicators, by code."
    indicators: [Indicator!]!
  }

  "What kind of number an indicator is (loại số đo), which decides the values it may take."
  enum IndicatorMeasure {
    "A count: a whole number, not negative."
    COUNT
    "A percentage, from 0 to 100."
    PERCENT
    "A density per 100 inhabitants (mật độ trên 100 dân), computed on a base count."
    PER_100_INHABITANTS
    "Inhabitants served by each service point (số dân bình quân được phục vụ), computed on a base count of points."
    INHABITANTS_PER_POINT
    "An amount of money in đồng: a whole number, not negative."
    AMOUNT_VND
  }

  "Which way is better for an indicator, used to judge its target."
  enum IndicatorDirection {
    "More is better."
    HIGHER_IS_BETTER
    "Less is better."
    LOWER_IS_BETTER
    "Neither: an activity count; a target is not judged."
    NEUTRAL
  }

  "How long a reporting period is."
  enum ReportingPeriodKind {
    "Năm: a calendar year."
    YEAR
    "6 tháng: a half year."
    HALF
    "Quý: a quarter."
    QUARTER
    "Tháng: a month."
    MONTH
  }

  "How sure a figure is."
  enum ObservationStatus {
    "Số liệu ước, sơ bộ: estimated before the period closed."
    PROVISIONAL
    "Số liệu chính thức: confirmed after the period closed."
    FINAL
  }

  "How a population estimate is computed."
  enum PopulationEstimateMethod {
    "From a density per 100 inhabitants and the count it is computed on: count ÷ density × 100."
    DENSITY
    "From inhabitants per service point and the number of points: points × inhabitants each."
    POINTS
  }

  "A reporting period (kỳ báo cáo): a year, a half, a quarter or a month."
  type ReportingPeriod implements Node {
    id: ID!
    "Code: 2020, 2020-H1, 2020-Q3 or 2020-06."
    code: String!
    "Year, half, quarter or month."
    kind: ReportingPeriodKind!
    "The calendar year the period falls in."
    year: Int!
    "First day of the period."
    startsOn: Date!
    "Last day of the period."
    endsOn: Date!
    "Name as a Vietnamese report writes it: 6 tháng đầu năm 2020."
    labelVi: String!
    "Name in English: First half of 2020."
    labelEn: String!
    """
    True once a statistician published the period (công bố): the public sees it and its figures,
    and the latest published period is what the public pages show when none is named. An open
    period not yet published is seen by statisticians only.
    """
    published: Boolean!
    "When the period was published; null while it is not."
    publishedAt: DateTime
    "The figures of the period, by area and fact, optionally of one area and/or field."
    observations(filter: PeriodObservationFilter, first: Int, after: String, last: Int, before: String): ObservationConnection!
  }

  "Which figures of a period to list."
  input PeriodObservationFilter {
    "GSO code of the province or district: 20."
    areaCode: String
    "Only figures of indicators in this field."
    field: KpiFieldCode
  }

  "A statistics indicator (chỉ tiêu thống kê): what is counted, in which unit, and why."
  type Indicator implements Node {
    id: ID!
    "Code: upper-case words joined by underscores, e.g. TELECOM_PHONE_DENSITY."
    code: String!
    "Name in Vietnamese (tên chỉ tiêu)."
    nameVi: String!
    "Name in English."
    nameEn: String!
    "The field (lĩnh vực) the indicator belongs to."
    field: KpiField!
    "Unit of its figures (đơn vị tính), in Vietnamese."
    unitVi: String!
    "Unit of its figures, in English."
    unitEn: String!
    "What kind of number its figures are: count, percentage, density, per point or amount in đồng."
    measure: IndicatorMeasure!
    "Which way is better, used to judge a target."
    direction: IndicatorDirection!
    "What the indicator counts (định nghĩa), in Vietnamese."
    definitionVi: String!
    "What the indicator counts, in English."
    definitionEn: String!
    "The legal text that sets the indicator or its target (căn cứ pháp lý), as the source names it."
    legalBasis: String
    "For a density or a per-point indicator, the count indicator it is computed on."
    baseIndicator: Indicator
    "The indicator's figures, by period, area and fact, optionally of one period and/or area."
    observations(filter: IndicatorObservationFilter, first: Int, after: String, last: Int, before: String): ObservationConnection!
    "The indicator's figure for one period and area (default Lạng Sơn, 20), if one is recorded."
    observation(period: String!, areaCode: String = "20"): Observation
    "Version for optimistic concurrency."
    version: Int!
  }

  "Which figures of an indicator to list."
  input IndicatorObservationFilter {
    "Period code: 2020-H1."
    period: String
    "GSO code of the province or district: 20."
    areaCode: String
  }

  "A figure checked against the one derived from its parts."
  type FigureCheck {
    "The figure the source reports."
    reported: Float!
    "The figure its parts give, exactly."
    derived: Float!
    "reported − derived: positive when the report gives more."
    difference: Float!
    "The difference as a share of the derived figure; null when that is zero."
    relativeDifference: Float
    "Decimals the reported figure is written with: the precision it was rounded to."
    reportedDecimals: Int!
    "True when rounding the derived figure to the reported precision gives the reported one (làm tròn)."
    explainedByRounding: Boolean!
  }

  """
  Figures derived from a figure and its parts (số liệu suy ra), where the indicator's measure allows.
  Nothing here changes a figure: these are the sums a reader could do.
  """
  type DerivedFigures {
    "For a percentage given with its numerator and denominator: numerator × 100 ÷ denominator."
    percentage: Float
    "The reported percentage against the one its parts give."
    percentageCheck: FigureCheck
    "For a density or a per-point figure: the figure of its base count for the same period and area."
    baseValue: Float
    "The population the figure and its base count imply (dân số suy ra): count ÷ density × 100, or points × inhabitants each."
    impliedPopulation: Float
    "For a density per 100 inhabitants: the base count per 100 of the population given as argument."
    density: Float
    "For inhabitants per point: the population given as argument divided by the number of points."
    inhabitantsPerPoint: Float
  }

  "A figure (số liệu) of an indicator for a period and an area, with the words of its source."
  type Observation implements Node {
    id: ID!
    "The indicator the figure is of."
    indicator: Indicator!
    "The reporting period (kỳ báo cáo) the figure is for."
    period: ReportingPeriod!
    "The province or district the figure is about."
    area: Area!
    "The figure, in the indicator's unit."
    value: Float!
    "The unit of the figure (đơn vị tính), in Vietnamese."
    unitVi: String!
    "The unit of the figure, in English."
    unitEn: String!
    "For a percentage given as a ratio: the part counted (tử số), e.g. 187 of 200 communes."
    numerator: Int
    "For a percentage given as a ratio: the whole (mẫu số)."
    denominator: Int
    "The figure planned for the period (chỉ tiêu), in the unit of the value."
    targetValue: Float
    "Whether the figure meets its target, given which way is better; null without a target or for a neutral indicator."
    targetMet: Boolean
    """
    Figures derived from this one. Give the population (dân số) to get the density or the
    inhabitants per point it implies with the base count.
    """
    derived(population: Float): DerivedFigures!
    "Provisional (số liệu ước) or final (số liệu chính thức)."
    status: ObservationStatus!
    "The words of the source the figure is read from, verbatim (trích dẫn nguồn)."
    sourceQuote: String!
    "The id of the figure in the first data set's fact table: F07."
    factId: String
    "The unit that reports the figure (đơn vị báo cáo)."
    ownerUnit: Unit
    "A note on the figure, in Vietnamese; null when none."
    noteVi: String
    "A note on the figure, in English; null when none."
    noteEn: String
    "Version for optimistic concurrency: name it to correct the figure."
    version: Int!
  }

  ${connectionTypeDefs('Indicator', 'A page of indicators.')}
  ${connectionTypeDefs('Observation', 'A page of figures.')}

  "A percentage reported with its numerator and denominator, checked against them (kiểm tra tỷ lệ)."
  type RatioCheck {
    "The percentage indicator checked."
    indicator: Indicator!
    "The id of the figure in the first data set's fact table (F07); null when it has none."
    factId: String
    "The part counted (tử số)."
    numerator: Int!
    "The whole (mẫu số)."
    denominator: Int!
    "The percentage the source reports."
    reported: Float!
    "numerator × 100 ÷ denominator, exactly."
    derived: Float!
    "reported − derived."
    difference: Float!
    "The difference as a share of the derived figure; null when that is zero."
    relativeDifference: Float
    "Decimals the reported figure is written with."
    reportedDecimals: Int!
    "True when rounding explains the difference: 187/200 = 93.5 reported as 94."
    explainedByRounding: Boolean!
  }

  "The population one density or per-point figure implies with its base count (dân số suy ra)."
  type PopulationEstimate {
    "The density or per-point indicator."
    indicator: Indicator!
    "The count it is computed on."
    baseIndicator: Indicator!
    "Fact ids of the two figures."
    factIds: [String!]!
    "How the population is computed: from a density or from service points."
    method: PopulationEstimateMethod!
    "The density per 100 inhabitants, or the inhabitants per point."
    rate: Float!
    "The subscribers or the service points."
    count: Float!
    "The population implied, exactly."
    population: Float!
    "The sum written the Vietnamese way: 238 × 3.555 = 846.090."
    arithmeticVi: String!
    "The sum written the English way: 238 × 3,555 = 846,090."
    arithmeticEn: String!
  }

  "Whether the populations the figures imply agree (đối chiếu dân số)."
  type PopulationCrossCheck {
    "One estimate per density or per-point figure with a base count."
    estimates: [PopulationEstimate!]!
    "The smallest implied population; null without an estimate."
    min: Float
    "The largest implied population; null without an estimate."
    max: Float
    "max − min."
    spread: Float
    "The spread as a share of the smallest estimate."
    relativeSpread: Float
  }

  "Every consistency check (kiểm tra tính nhất quán) of the figures of one period and area."
  type ConsistencyReport {
    "The period checked (an unknown period is refused as BAD_USER_INPUT, so this is always given)."
    period: ReportingPeriod
    "GSO code of the area checked."
    areaCode: String!
    "Each percentage given with its parts, against them."
    ratios: [RatioCheck!]!
    "The populations the densities and per-point figures imply."
    population: PopulationCrossCheck!
  }

  "One indicator of the dashboard with its figure of the period."
  type DashboardIndicator {
    "The indicator."
    indicator: Indicator!
    "Its figure for the dashboard's period and area; null when none is recorded."
    observation: Observation
  }

  "One field of the dashboard with its indicators."
  type DashboardField {
    "The field (lĩnh vực)."
    field: KpiField!
    "Every indicator of the field, by code, each with its figure of the period."
    indicators: [DashboardIndicator!]!
  }

  "The statistics of one period and area (bảng số liệu): every field, its indicators and their figures."
  type StatisticsDashboard {
    "The reporting period shown."
    period: ReportingPeriod!
    "GSO code of the area."
    areaCode: String!
    "The area; null for an unknown code."
    area: Area
    "Every field, in the order the reports list them, even those without figures."
    fields: [DashboardField!]!
    "The consistency checks of the same figures."
    consistency: ConsistencyReport!
  }

  "A figure as it stood before or after one change (no id: a snapshot, not the live figure)."
  type ObservationSnapshot {
    "The figure, in the indicator's unit."
    value: Float!
    "For a percentage given as a ratio: the part counted (tử số)."
    numerator: Int
    "For a percentage given as a ratio: the whole (mẫu số)."
    denominator: Int
    "The figure planned for the period (chỉ tiêu); null when none."
    targetValue: Float
    "Provisional or final."
    status: ObservationStatus!
    "The words of the source, verbatim."
    sourceQuote: String!
    "The id of the figure in the first data set's fact table (F07); null when it has none."
    factId: String
    "Code of the unit that reports the figure; null when not recorded."
    ownerUnitCode: String
    "A note in Vietnamese; null when none."
    noteVi: String
    "A note in English; null when none."
    noteEn: String
    "The figure's version at that point."
    version: Int!
  }

  "One recorded change of a figure (lịch sử chỉnh sửa)."
  type ObservationChange {
    "When the change was made."
    occurredAt: DateTime!
    "User id of who made the change."
    actor: String!
    "observation.create or observation.correct."
    action: String!
    "The figure before; null for its creation."
    previous: ObservationSnapshot
    "The figure after."
    current: ObservationSnapshot
  }

  "Which indicators to list."
  input IndicatorFilter {
    "Only indicators of this field."
    field: KpiFieldCode
    "Words of the name, code or definition, ignoring case and diacritics (at most 200 characters); best matches first."
    query: String
  }

  "Which figures to list."
  input ObservationFilter {
    "Period code: 2020-H1."
    period: String
    "GSO code of the province or district: 20."
    areaCode: String
    "Only figures of indicators in this field."
    field: KpiFieldCode
    "Only figures of this indicator (code, e.g. TELECOM_PHONE_DENSITY)."
    indicatorCode: String
    "Code of the unit that reports the figures."
    ownerUnitCode: String
  }

  "A figure to record, or to correct (ghi nhận, hiệu chỉnh số liệu)."
  input ObservationUpsertInput {
    "Code of the indicator, e.g. TELECOM_PHONE_DENSITY."
    indicatorCode: String!
    "Period code; the period must be open."
    period: String!
    "GSO code of the province or district."
    areaCode: String!
    "The figure, in the indicator's unit: a count is whole and not negative, a percentage lies in 0–100."
    value: Float!
    "For a percentage given as a ratio: the part counted. Give both parts or neither."
    numerator: Int
    "For a percentage given as a ratio: the whole. Give both parts or neither."
    denominator: Int
    "The figure planned for the period, in the unit of the value."
    targetValue: Float
    "Provisional (số liệu ước, the default) or final (số liệu chính thức)."
    status: ObservationStatus = PROVISIONAL
    "The words of the source, verbatim (1–2000 characters)."
    sourceQuote: String!
    "The id of the figure in the first data set's fact table: F followed by its number (F07); optional."
    factId: String
    "Code of the unit that reports the figure (đơn vị báo cáo), e.g. so-tttt; optional."
    ownerUnitCode: String
    "A note in Vietnamese, at most 1000 characters; optional."
    noteVi: String
    "A note in English, at most 1000 characters; optional."
    noteEn: String
    "To correct a recorded figure: the version read. A stale version is a CONFLICT; leave out for a first figure."
    version: Int
  }

  "The figure recorded or corrected, or why not."
  type ObservationUpsertPayload {
    observation: Observation
    userErrors: [UserError!]!
  }

  "A reporting period to open (mở kỳ báo cáo)."
  input ReportingPeriodOpenInput {
    "Code of the period: 2020 (year), 2020-H2 (half year), 2020-Q3 (quarter) or 2020-06 (month); its days and names follow from it."
    code: String!
  }

  "The period opened, unpublished, or why not."
  type ReportingPeriodOpenPayload {
    reportingPeriod: ReportingPeriod
    userErrors: [UserError!]!
  }

  "A reporting period to publish (công bố kỳ báo cáo)."
  input ReportingPeriodPublishInput {
    "Code of an open period, not yet published: 2020-H2."
    code: String!
  }

  "The period published, or why not."
  type ReportingPeriodPublishPayload {
    reportingPeriod: ReportingPeriod
    userErrors: [UserError!]!
  }

  "A published reporting period to take back from the public (thu hồi công bố)."
  input ReportingPeriodUnpublishInput {
    "Code of a published period: 2020-H2."
    code: String!
  }

  "The period taken back from the public, or why not."
  type ReportingPeriodUnpublishPayload {
    reportingPeriod: ReportingPeriod
    userErrors: [UserError!]!
  }

  extend type Query {
    "The fields of statistics (lĩnh vực), in the order the reports list them."
    kpiFields: [KpiField!]!
    """
    Reporting periods, earliest first; of periods starting together the longer first. The
    published ones only, but for a statistician, who sees the open periods not yet published too.
    """
    reportingPeriods: [ReportingPeriod!]!
    """
    A reporting period by code, or the latest published one when no code is given (the one ending
    last, the longest of those, as statisticsDashboard chooses); null when there is none. A period
    not yet published is null but for a statistician.
    """
    reportingPeriod(code: String): ReportingPeriod
    "An indicator by code."
    indicator(code: String!): Indicator
    "Indicators by field (in report order) then code, or best first with a query."
    indicators(filter: IndicatorFilter, first: Int, after: String, last: Int, before: String): IndicatorConnection!
    """
    Figures by period, area and fact, filtered. A period, area, indicator or unit code that names
    nothing is refused as BAD_USER_INPUT (its argument and the code in the error).
    """
    observations(filter: ObservationFilter, first: Int, after: String, last: Int, before: String): ObservationConnection!
    "The consistency checks of the figures of one period and area (default Lạng Sơn, 20); an unknown period or area is BAD_USER_INPUT."
    consistencyChecks(period: String!, areaCode: String = "20"): ConsistencyReport!
    """
    Every field with its indicators and their figures of one period (the latest published when
    omitted: the one ending last, the longest of those) and area (default Lạng Sơn, 20).
    A period or area that does not exist is refused as BAD_USER_INPUT, and so is a period not yet
    published but for a statistician; null only when no period is named and none is published yet.
    """
    statisticsDashboard(period: String, areaCode: String = "20"): StatisticsDashboard
    "Every recorded change of a figure, oldest first. For signed-in staff only."
    observationHistory(id: ID!): [ObservationChange!]!
  }

  extend type Mutation {
    "Records a figure, or corrects the recorded one naming the version read. Role: statistician."
    observationUpsert(input: ObservationUpsertInput!): ObservationUpsertPayload!
    "Opens a reporting period, unpublished: figures may be recorded for it, the public does not see it yet. Role: statistician."
    reportingPeriodOpen(input: ReportingPeriodOpenInput!): ReportingPeriodOpenPayload!
    "Publishes an open period: the public sees it and its figures, and it may become the public pages' default. Role: statistician."
    reportingPeriodPublish(input: ReportingPeriodPublishInput!): ReportingPeriodPublishPayload!
    "Takes a published period back from the public (its figures stay). Role: statistician."
    reportingPeriodUnpublish(input: ReportingPeriodUnpublishInput!): ReportingPeriodUnpublishPayload!
  }
`;

const fieldCodes = { PUBLISHING: 'publishing', IT: 'it', POST: 'post', TELECOM: 'telecom', INSPECTION: 'inspection' } as const;
const measureCodes = {
  COUNT: 'count',
  PERCENT: 'percent',
  PER_100_INHABITANTS: 'per_100_inhabitants',
  INHABITANTS_PER_POINT: 'inhabitants_per_point',
  AMOUNT_VND: 'amount_vnd',
} as const;
const directionCodes = { HIGHER_IS_BETTER: 'higher_is_better', LOWER_IS_BETTER: 'lower_is_better', NEUTRAL: 'neutral' } as const;
const periodKindCodes = { YEAR: 'year', HALF: 'half', QUARTER: 'quarter', MONTH: 'month' } as const;
const statusCodes = { PROVISIONAL: 'provisional', FINAL: 'final' } as const;
const methodCodes = { DENSITY: 'density', POINTS: 'points' } as const;

const AREA_CODE = /^\d{2,5}$/;
const INDICATOR_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const checkPeriod = (value: string, argument = 'period') => codeArgument(value, argument, PERIOD_CODE_PATTERN, 'a period code: 2020, 2020-H1, 2020-Q3 or 2020-06');
const checkArea = (value: string, argument = 'areaCode') => codeArgument(value, argument, AREA_CODE, 'a GSO area code of 2 to 5 digits');

/** What a well-formed code may name, and how to say that it names nothing. */
const unknownMessages = {
  period: (code: string) => `There is no reporting period "${code}".`,
  areaCode: (code: string) => `There is no administrative area with GSO code "${code}".`,
  indicatorCode: (code: string) => `There is no indicator "${code}".`,
  ownerUnitCode: (code: string) => `There is no unit "${code}".`,
} as const;

/** Codes of a request to prove, by the argument that gave each. */
type CodesToCheck = Partial<Record<keyof typeof unknownMessages, string | null>>;

const fieldInfo = (code: KpiField) => ({ code, labelVi: kpiFieldLabels[code].vi, labelEn: kpiFieldLabels[code].en });

/** A report with the period and area it is about. */
type ConsistencyResult = ConsistencyReport & { periodCode: string; areaCode: string };

interface DashboardSource {
  period: Period;
  areaCode: string;
  indicators: Indicator[];
  observations: Observation[];
}

interface ObservationUpsertArgs {
  input: Omit<Partial<ObservationInput>, 'target' | 'status'> & {
    indicatorCode: string;
    period: string;
    areaCode: string;
    value: number;
    sourceQuote: string;
    targetValue?: number | null;
    status?: ObservationStatus | null;
    version?: number | null;
  };
}

/** The model's names of the figure's fields that the mutation's input names otherwise (its refusals name the input's). */
const inputFieldNames: Readonly<Record<string, string>> = { target: 'targetValue' };


/** Who sees the periods not yet published, and their figures: statisticians, and admins (who may do anything). */
const seesUnpublished = (context: RequestContext) => hasRole(context, 'statistician');

const sliceKey = (period: string | null, areaCode: string | null) => JSON.stringify([period, areaCode]);

/** Statistics in the API: fields, periods, indicators, figures and their checks; figures are written by statisticians. */
export function kpisGraphQLModule(repos: { kpis: KpisRepository; units: UnitsRepository; districts: DistrictsRepository }): GraphQLModule {
  const { kpis, units, districts } = repos;

  const indicatorLoader = (context: RequestContext) =>
    context.loader<string, Indicator | null>('kpiIndicator', (codes) => kpis.getIndicators(codes));
  const periodLoader = (context: RequestContext) => context.loader<string, StoredPeriod | null>('kpiPeriod', (codes) => kpis.getPeriods(codes));
  /**
   * A period as the caller may see it: a published one, or any for a statistician; null for a
   * period not yet published asked by anyone else, as for one that does not exist.
   */
  const visiblePeriod = async (context: RequestContext, code: string): Promise<StoredPeriod | null> => {
    const period = await periodLoader(context).load(code);
    return period && (period.publishedAt !== null || seesUnpublished(context)) ? period : null;
  };
  /** Periods read as a list, each primed in the request's loader. */
  const primedPeriods = async (context: RequestContext, filter: PeriodFilter): Promise<StoredPeriod[]> => {
    const periods = await kpis.listPeriods(filter);
    for (const period of periods) periodLoader(context).prime(period.code, period);
    return periods;
  };
  /** The periods the caller may see, earliest first. */
  const visiblePeriods = (context: RequestContext) => primedPeriods(context, seesUnpublished(context) ? {} : { published: true });
  /** The period shown when none is named, to everyone (statisticians too): the latest published one. */
  const defaultPeriod = async (context: RequestContext) => latestPeriod(await primedPeriods(context, { published: true }));
  const observationLoader = (context: RequestContext) =>
    context.loader<number, Observation | null>('kpiObservation', (ids) => kpis.getObservations(ids));
  /** A page of figures as a connection; its rows prime the request's loader, the count waits to be asked for. */
  const observationPage = (context: RequestContext, page: { rows: Observation[]; more: boolean }, range: KeysetRange, filter: ObservationFilter) => {
    for (const observation of page.rows) observationLoader(context).prime(observation.id, observation);
    return keysetConnection(page, range, observationsInOrder, () => kpis.countObservations(filter));
  };
  /** Every indicator of each field, from one read of the table. */
  const fieldIndicatorsLoader = (context: RequestContext) =>
    context.loader<KpiField, Indicator[]>('kpiFieldIndicators', async (fields) => {
      const all = await kpis.listIndicators();
      primeIndicators(context, all);
      return fields.map((field) => all.filter((indicator) => indicator.field === field));
    });
  /** The figures of a period and/or area (a "slice"), one read per distinct slice asked in the request. */
  const sliceLoader = (context: RequestContext) =>
    context.loader<string, Observation[]>('kpiObservationSlice', (keys) =>
      Promise.all(
        keys.map((key) => {
          const [period, areaCode] = JSON.parse(key) as [string | null, string | null];
          return kpis.listObservations({
            ...(period ? { period } : {}),
            ...(areaCode ? { areaCode } : {}),
            ...(seesUnpublished(context) ? {} : { publishedPeriodsOnly: true }),
          });
        }),
      ),
    );

  /**
   * Refuses, as BAD_USER_INPUT naming the argument and the code, the first well-formed code that
   * names no period, area or indicator. Call it only when an answer came back empty: a figure
   * found for a code proves the code exists (the observations table's foreign keys), so answers
   * with figures cost no extra read. The reads go through the request's loaders, so a field that
   * shows the period or area afterwards reads nothing again.
   */
  async function refuseUnknownCodes(context: RequestContext, codes: CodesToCheck): Promise<void> {
    const [period, area, indicator, unit] = await Promise.all([
      codes.period ? visiblePeriod(context, codes.period) : undefined,
      codes.areaCode ? areaLoader(context, districts).load(codes.areaCode) : undefined,
      codes.indicatorCode ? indicatorLoader(context).load(codes.indicatorCode) : undefined,
      codes.ownerUnitCode ? unitLoader(context, units).load(codes.ownerUnitCode) : undefined,
    ]);
    if (codes.period && !period) throw badInput(unknownMessages.period(codes.period), 'period');
    if (codes.areaCode && !area) throw badInput(unknownMessages.areaCode(codes.areaCode), 'areaCode');
    if (codes.indicatorCode && !indicator) throw badInput(unknownMessages.indicatorCode(codes.indicatorCode), 'indicatorCode');
    if (codes.ownerUnitCode && !unit) throw badInput(unknownMessages.ownerUnitCode(codes.ownerUnitCode), 'ownerUnitCode');
  }

  function primeIndicators(context: RequestContext, indicators: readonly Indicator[]): void {
    const loader = indicatorLoader(context);
    for (const indicator of indicators) loader.prime(indicator.code, indicator);
  }

  const indicatorOf = async (observation: Observation, context: RequestContext): Promise<Indicator> => {
    const indicator = await indicatorLoader(context).load(observation.indicatorCode);
    if (!indicator) throw new Error(`Indicator ${observation.indicatorCode} of observation ${observation.id} is missing`);
    return indicator;
  };

  const observationsOfIndicator = async (
    indicator: Indicator,
    period: string | null,
    areaCode: string | null,
    context: RequestContext,
  ): Promise<Observation[]> => {
    const slice = await sliceLoader(context).load(sliceKey(period, areaCode));
    return slice.filter((observation) => observation.indicatorCode === indicator.code);
  };

  async function derivedFigures(observation: Observation, population: number | null, context: RequestContext) {
    if (population !== null && !(population > 0 && Number.isFinite(population))) {
      throw badInput('"population" must be greater than zero.', 'population');
    }
    const indicator = await indicatorOf(observation, context);
    const { numerator, denominator, value } = observation;
    const percentage = indicator.measure === 'percent' && numerator !== null && denominator !== null && denominator > 0 ? percentageOf(numerator, denominator) : null;
    let baseValue: number | null = null;
    if (indicator.baseIndicatorCode) {
      const slice = await sliceLoader(context).load(sliceKey(observation.period, observation.areaCode));
      baseValue = slice.find((other) => other.indicatorCode === indicator.baseIndicatorCode)?.value ?? null;
    }
    const withBase = baseValue !== null && value > 0;
    const perHundred = indicator.measure === 'per_100_inhabitants';
    const perPoint = indicator.measure === 'inhabitants_per_point';
    return {
      percentage,
      percentageCheck: percentage === null ? null : checkFigure(value, percentage),
      baseValue,
      impliedPopulation: withBase && perHundred ? populationFromDensity(baseValue as number, value) : withBase && perPoint ? populationFromPoints(baseValue as number, value) : null,
      density: perHundred && baseValue !== null && population !== null ? densityPer100(baseValue, population) : null,
      inhabitantsPerPoint: perPoint && baseValue !== null && baseValue > 0 && population !== null ? inhabitantsPerPoint(population, baseValue) : null,
    };
  }

  const observationId = (id: string): number | null => {
    const key = keyOfGlobalId(id, 'Observation');
    return key !== null && /^\d{1,9}$/.test(key) ? Number(key) : null;
  };

  const figureCheck = { explainedByRounding: (check: { roundsToReported: boolean }) => check.roundsToReported };

  return {
    name: 'kpis',
    typeDefs,
    resolvers: {
      KpiFieldCode: fieldCodes,
      IndicatorMeasure: measureCodes,
      IndicatorDirection: directionCodes,
      ReportingPeriodKind: periodKindCodes,
      ObservationStatus: statusCodes,
      PopulationEstimateMethod: methodCodes,
      KpiField: {
        indicators: (field: { code: KpiField }, _: unknown, context: RequestContext) => fieldIndicatorsLoader(context).load(field.code),
      },
      ReportingPeriod: {
        published: (period: StoredPeriod) => period.publishedAt !== null,
        kind: (period: Period) => parsePeriod(period.code).kind,
        year: (period: Period) => parsePeriod(period.code).year,
        observations: async (period: Period, args: PageArgs & { filter?: { areaCode?: string | null; field?: KpiField | null } | null }, context: RequestContext) => {
          const areaCode = args.filter?.areaCode ? checkArea(args.filter.areaCode) : null;
          const filter = { period: period.code, ...(areaCode ? { areaCode } : {}), ...(args.filter?.field ? { field: args.filter.field } : {}) };
          const range = keysetRange(args, observationsInOrder);
          const page = await kpis.pageObservations(filter, range);
          if (page.rows.length === 0 && areaCode) await refuseUnknownCodes(context, { areaCode });
          return observationPage(context, page, range, filter);
        },
      },
      Indicator: {
        field: (indicator: Indicator) => fieldInfo(indicator.field),
        baseIndicator: (indicator: Indicator, _: unknown, context: RequestContext) =>
          indicator.baseIndicatorCode ? indicatorLoader(context).load(indicator.baseIndicatorCode) : null,
        observations: async (
          indicator: Indicator,
          args: PageArgs & { filter?: { period?: string | null; areaCode?: string | null } | null },
          context: RequestContext,
        ) => {
          const period = args.filter?.period ? checkPeriod(args.filter.period) : null;
          const areaCode = args.filter?.areaCode ? checkArea(args.filter.areaCode) : null;
          return connectionFromArray(await observationsOfIndicator(indicator, period, areaCode, context), args);
        },
        observation: async (indicator: Indicator, args: { period: string; areaCode: string }, context: RequestContext) => {
          const [found] = await observationsOfIndicator(indicator, checkPeriod(args.period), checkArea(args.areaCode), context);
          return found ?? null;
        },
      },
      Observation: {
        indicator: (observation: Observation, _: unknown, context: RequestContext) => indicatorOf(observation, context),
        period: (observation: Observation, _: unknown, context: RequestContext) => periodLoader(context).load(observation.period),
        area: (observation: Observation, _: unknown, context: RequestContext) => areaLoader(context, districts).load(observation.areaCode),
        unitVi: async (observation: Observation, _: unknown, context: RequestContext) => (await indicatorOf(observation, context)).unitVi,
        unitEn: async (observation: Observation, _: unknown, context: RequestContext) => (await indicatorOf(observation, context)).unitEn,
        targetValue: (observation: Observation) => observation.target,
        targetMet: async (observation: Observation, _: unknown, context: RequestContext) =>
          isTargetMet(observation.value, observation.target, (await indicatorOf(observation, context)).direction),
        derived: (observation: Observation, args: { population?: number | null }, context: RequestContext) =>
          derivedFigures(observation, args.population ?? null, context),
        ownerUnit: (observation: Observation, _: unknown, context: RequestContext) =>
          observation.ownerUnitCode ? unitLoader(context, units).load(observation.ownerUnitCode) : null,
      },
      ObservationSnapshot: { targetValue: (observation: Observation) => observation.target },
      FigureCheck: figureCheck,
      RatioCheck: {
        ...figureCheck,
        indicator: (check: { indicatorCode: string }, _: unknown, context: RequestContext) => indicatorLoader(context).load(check.indicatorCode),
      },
      PopulationEstimate: {
        indicator: (estimate: { indicatorCode: string }, _: unknown, context: RequestContext) => indicatorLoader(context).load(estimate.indicatorCode),
        baseIndicator: (estimate: { baseIndicatorCode: string }, _: unknown, context: RequestContext) =>
          indicatorLoader(context).load(estimate.baseIndicatorCode),
      },
      ConsistencyReport: {
        period: (report: ConsistencyResult, _: unknown, context: RequestContext) => periodLoader(context).load(report.periodCode),
      },
      StatisticsDashboard: {
        area: (dashboard: DashboardSource, _: unknown, context: RequestContext) => areaLoader(context, districts).load(dashboard.areaCode),
        fields: (dashboard: DashboardSource) => {
          const byIndicator = new Map(dashboard.observations.map((observation) => [observation.indicatorCode, observation]));
          return kpiFields.map((field) => ({
            field: fieldInfo(field),
            indicators: dashboard.indicators
              .filter((indicator) => indicator.field === field)
              .map((indicator) => ({ indicator, observation: byIndicator.get(indicator.code) ?? null })),
          }));
        },
        consistency: (dashboard: DashboardSource): ConsistencyResult => ({
          periodCode: dashboard.period.code,
          areaCode: dashboard.areaCode,
          ...checkConsistency(dashboard.indicators, dashboard.observations),
        }),
      },
      Query: {
        kpiFields: () => kpiFields.map(fieldInfo),
        reportingPeriods: (_: unknown, __: unknown, context: RequestContext) => visiblePeriods(context),
        reportingPeriod: async (_: unknown, args: { code?: string | null }, context: RequestContext) => {
          if (args.code === null || args.code === undefined) return defaultPeriod(context);
          return PERIOD_CODE_PATTERN.test(args.code) ? visiblePeriod(context, args.code) : null;
        },
        indicator: (_: unknown, args: { code: string }, context: RequestContext) =>
          args.code.length <= 100 && INDICATOR_CODE.test(args.code) ? indicatorLoader(context).load(args.code) : null,
        indicators: async (_: unknown, args: PageArgs & { filter?: { field?: KpiField | null; query?: string | null } | null }, context: RequestContext) => {
          const filter = { ...(args.filter?.field ? { field: args.filter.field } : {}) };
          const query = searchText(args.filter?.query ?? '').trim();
          const list = query ? await kpis.searchIndicators(query, filter) : await kpis.listIndicators(filter);
          primeIndicators(context, list);
          return connectionFromArray(list, args);
        },
        observations: async (
          _: unknown,
          args: PageArgs & {
            filter?: { period?: string | null; areaCode?: string | null; field?: KpiField | null; indicatorCode?: string | null; ownerUnitCode?: string | null } | null;
          },
          context: RequestContext,
        ) => {
          const filter = args.filter ?? {};
          const codes = {
            period: filter.period ? checkPeriod(filter.period) : null,
            areaCode: filter.areaCode ? checkArea(filter.areaCode) : null,
            indicatorCode: filter.indicatorCode ? codeArgument(filter.indicatorCode, 'indicatorCode', INDICATOR_CODE, 'an indicator code') : null,
            ownerUnitCode: filter.ownerUnitCode ? codeArgument(filter.ownerUnitCode, 'ownerUnitCode', UNIT_CODE, 'a unit code') : null,
          };
          const criteria = {
            ...(codes.period ? { period: codes.period } : {}),
            ...(codes.areaCode ? { areaCode: codes.areaCode } : {}),
            ...(filter.field ? { field: filter.field } : {}),
            ...(codes.indicatorCode ? { indicatorCode: codes.indicatorCode } : {}),
            ...(codes.ownerUnitCode ? { ownerUnitCode: codes.ownerUnitCode } : {}),
            ...(seesUnpublished(context) ? {} : { publishedPeriodsOnly: true }),
          };
          const range = keysetRange(args, observationsInOrder);
          const page = await kpis.pageObservations(criteria, range);
          // Nothing found: say so plainly if a code names nothing, rather than answer an empty page.
          if (page.rows.length === 0) await refuseUnknownCodes(context, codes);
          return observationPage(context, page, range, criteria);
        },
        consistencyChecks: async (_: unknown, args: { period: string; areaCode: string }, context: RequestContext): Promise<ConsistencyResult> => {
          const periodCode = checkPeriod(args.period);
          const areaCode = checkArea(args.areaCode);
          // A period the caller may not see is refused before its figures are read.
          if (!seesUnpublished(context)) await refuseUnknownCodes(context, { period: periodCode });
          const report = await kpis.consistencyChecks(periodCode, areaCode);
          // A check made proves its period and area exist; an empty report may hide an unknown code.
          if (report.ratios.length === 0 && report.population.estimates.length === 0) await refuseUnknownCodes(context, { period: periodCode, areaCode });
          return { periodCode, areaCode, ...report };
        },
        statisticsDashboard: async (_: unknown, args: { period?: string | null; areaCode: string }, context: RequestContext): Promise<DashboardSource | null> => {
          const areaCode = checkArea(args.areaCode);
          let period: Period | null;
          if (args.period) {
            const code = checkPeriod(args.period);
            period = await visiblePeriod(context, code);
            if (!period) throw badInput(unknownMessages.period(code), 'period');
          } else {
            period = await defaultPeriod(context);
          }
          if (!period) return null;
          const [indicators, observations] = await Promise.all([kpis.listIndicators(), kpis.listObservations({ period: period.code, areaCode })]);
          // Figures prove the area exists; only a dashboard without any asks (and primes the loader of its area field).
          if (observations.length === 0) await refuseUnknownCodes(context, { areaCode });
          // Every nested field of the dashboard is answered from these three reads.
          primeIndicators(context, indicators);
          sliceLoader(context).prime(sliceKey(period.code, areaCode), observations);
          for (const observation of observations) observationLoader(context).prime(observation.id, observation);
          return { period, areaCode, indicators, observations };
        },
        observationHistory: async (_: unknown, args: { id: string }, context: RequestContext): Promise<ObservationChange[]> => {
          if (!context.viewer) throw new GraphQLError('Sign in to see the history of a figure.', { extensions: { code: 'FORBIDDEN' } });
          const id = observationId(args.id);
          if (id === null) throw badInput('"id" is not the id of a figure.', 'id');
          return kpis.observationHistory(id);
        },
      },
      Mutation: {
        observationUpsert: (_: unknown, args: ObservationUpsertArgs, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'statistician');
            const { version, targetValue, ...input } = args.input;
            const observation = await withInputNames(() => kpis.upsertObservation(
              {
                indicatorCode: input.indicatorCode,
                period: input.period,
                areaCode: input.areaCode,
                value: input.value,
                numerator: input.numerator ?? null,
                denominator: input.denominator ?? null,
                target: targetValue ?? null,
                status: input.status ?? 'provisional',
                sourceQuote: input.sourceQuote,
                factId: input.factId ?? null,
                ownerUnitCode: input.ownerUnitCode ?? null,
                noteVi: input.noteVi ?? null,
                noteEn: input.noteEn ?? null,
              },
              version === null || version === undefined ? {} : { expectedVersion: version },
              { actor },
            ), inputFieldNames);
            return { observation };
          }),
        reportingPeriodOpen: (_: unknown, args: { input: { code: string } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'statistician');
            return { reportingPeriod: await kpis.openPeriod(args.input.code, { actor }) };
          }),
        reportingPeriodPublish: (_: unknown, args: { input: { code: string } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'statistician');
            return { reportingPeriod: await kpis.publishPeriod(args.input.code, { actor }) };
          }),
        reportingPeriodUnpublish: (_: unknown, args: { input: { code: string } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'statistician');
            return { reportingPeriod: await kpis.unpublishPeriod(args.input.code, { actor }) };
          }),
      },
    },
    nodeTypes: {
      ReportingPeriod: { key: (period: Period) => period.code, load: (code, context) => visiblePeriod(context, code) as never },
      Indicator: { key: (indicator: Indicator) => indicator.code, load: (code, context) => indicatorLoader(context).load(code) as never },
      Observation: {
        key: (observation: Observation) => String(observation.id),
        load: async (key, context) => {
          const observation = /^\d{1,9}$/.test(key) ? await observationLoader(context).load(Number(key)) : null;
          // A figure of a period not yet published is no more there for the public than its period.
          return (observation && (await visiblePeriod(context, observation.period)) ? observation : null) as never;
        },
      },
    },
  };
}
