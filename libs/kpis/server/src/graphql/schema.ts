import { connectionTypeDefs, payloadTypeDefs } from '@egov/graphql';

/** The statistics' part of the schema: fields, periods, indicators, figures, their checks and the statisticians' mutations. */
export const kpisTypeDefs = /* GraphQL */ `
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

  ${payloadTypeDefs('ObservationUpsertPayload', 'The figure recorded or corrected, or why not.', 'observation', 'Observation')}

  "A reporting period to open (mở kỳ báo cáo)."
  input ReportingPeriodOpenInput {
    "Code of the period: 2020 (year), 2020-H2 (half year), 2020-Q3 (quarter) or 2020-06 (month); its days and names follow from it."
    code: String!
  }

  ${payloadTypeDefs('ReportingPeriodOpenPayload', 'The period opened, unpublished, or why not.', 'reportingPeriod', 'ReportingPeriod')}

  "A reporting period to publish (công bố kỳ báo cáo)."
  input ReportingPeriodPublishInput {
    "Code of an open period, not yet published: 2020-H2."
    code: String!
  }

  ${payloadTypeDefs('ReportingPeriodPublishPayload', 'The period published, or why not.', 'reportingPeriod', 'ReportingPeriod')}

  "A published reporting period to take back from the public (thu hồi công bố)."
  input ReportingPeriodUnpublishInput {
    "Code of a published period: 2020-H2."
    code: String!
  }

  ${payloadTypeDefs('ReportingPeriodUnpublishPayload', 'The period taken back from the public, or why not.', 'reportingPeriod', 'ReportingPeriod')}

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
