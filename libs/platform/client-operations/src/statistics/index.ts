import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import type { UserErrorFields } from '../session';

export type { UserErrorFields };

/** A field of statistics (`KpiFieldCode`), in the order the department's reports list them. */
export type KpiFieldCode = 'PUBLISHING' | 'IT' | 'POST' | 'TELECOM' | 'INSPECTION';
/** What kind of number an indicator is (`IndicatorMeasure`). */
export type IndicatorMeasureCode = 'COUNT' | 'PERCENT' | 'PER_100_INHABITANTS' | 'INHABITANTS_PER_POINT' | 'AMOUNT_VND';
/** Which way is better (`IndicatorDirection`). */
export type IndicatorDirectionCode = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'NEUTRAL';
/** How sure a figure is (`ObservationStatus`). */
export type ObservationStatusCode = 'PROVISIONAL' | 'FINAL';
/** Form of commendation (`AwardKind`). */
export type AwardKindCode = 'CERTIFICATE_OF_MERIT' | 'COMMENDATION';
/** Tier an award is conferred at (`AwardLevel`). */
export type AwardLevelCode = 'NATIONAL' | 'MINISTERIAL' | 'PROVINCIAL' | 'DEPARTMENT' | 'DISTRICT' | 'COMMUNE';

/** A reporting period as the statistics pages name it. */
export interface ReportingPeriodFields {
  __typename?: 'ReportingPeriod';
  id: string;
  /** 2020-H1. */
  code: string;
  labelVi: string;
  labelEn: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  /** YYYY-MM-DD. */
  endsOn: string;
  /** False for a period open to statisticians only: the public does not see it yet. */
  published: boolean;
}

/** An indicator with what a page needs to show and format its figures. */
export interface IndicatorFields {
  __typename?: 'Indicator';
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  measure: IndicatorMeasureCode;
  direction: IndicatorDirectionCode;
  legalBasis: string | null;
  baseIndicator: { __typename?: 'Indicator'; id: string; code: string } | null;
}

/** A figure compared with the one its parts give. */
export interface FigureCheckFields {
  reported: number;
  derived: number;
  difference: number;
  explainedByRounding: boolean;
}

/** A figure of the dashboard with its target, derived figures and source. */
export interface DashboardObservationFields {
  __typename?: 'Observation';
  id: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  targetValue: number | null;
  targetMet: boolean | null;
  status: ObservationStatusCode;
  sourceQuote: string;
  factId: string | null;
  noteVi: string | null;
  noteEn: string | null;
  version: number;
  ownerUnit: { __typename?: 'Unit'; id: string; nameVi: string; nameEn: string } | null;
  derived: {
    __typename?: 'DerivedFigures';
    percentage: number | null;
    percentageCheck: FigureCheckFields | null;
    baseValue: number | null;
    impliedPopulation: number | null;
  };
}

export interface RatioCheckFields extends FigureCheckFields {
  indicator: { __typename?: 'Indicator'; id: string; code: string; nameVi: string; nameEn: string };
  factId: string | null;
  numerator: number;
  denominator: number;
  reportedDecimals: number;
}

export interface PopulationEstimateFields {
  indicator: { __typename?: 'Indicator'; id: string; code: string; nameVi: string; nameEn: string };
  baseIndicator: { __typename?: 'Indicator'; id: string; code: string; nameVi: string; nameEn: string };
  factIds: string[];
  method: 'DENSITY' | 'POINTS';
  rate: number;
  count: number;
  population: number;
  arithmeticVi: string;
  arithmeticEn: string;
}

export interface StatisticsDashboardQuery {
  reportingPeriods: ReportingPeriodFields[];
  statisticsDashboard: {
    period: ReportingPeriodFields;
    areaCode: string;
    area: { __typename?: 'Area'; id: string; code: string; nameVi: string; nameEn: string } | null;
    fields: Array<{
      field: { code: KpiFieldCode; labelVi: string; labelEn: string };
      indicators: Array<{ indicator: IndicatorFields; observation: DashboardObservationFields | null }>;
    }>;
    consistency: {
      ratios: RatioCheckFields[];
      population: {
        estimates: PopulationEstimateFields[];
        min: number | null;
        max: number | null;
        spread: number | null;
        relativeSpread: number | null;
      };
    };
  } | null;
}

export interface StatisticsDashboardQueryVariables {
  /** Period code; the latest when left out. */
  period?: string | null;
  areaCode?: string;
}

const INDICATOR_FIELDS = `
  id
  code
  nameVi
  nameEn
  unitVi
  unitEn
  measure
  direction
  legalBasis
  baseIndicator {
    id
    code
  }
`;

const PERIOD_FIELDS = `
  id
  code
  labelVi
  labelEn
  startsOn
  endsOn
  published
`;

/** The dashboard of one period (every field, indicator and figure, and the consistency checks), with the periods to choose from. */
export const STATISTICS_DASHBOARD_QUERY: TypedDocumentNode<StatisticsDashboardQuery, StatisticsDashboardQueryVariables> = gql`
  query StatisticsDashboard($period: String, $areaCode: String = "20") {
    reportingPeriods {
      ${PERIOD_FIELDS}
    }
    statisticsDashboard(period: $period, areaCode: $areaCode) {
      period {
        ${PERIOD_FIELDS}
      }
      areaCode
      area {
        id
        code
        nameVi
        nameEn
      }
      fields {
        field {
          code
          labelVi
          labelEn
        }
        indicators {
          indicator {
            ${INDICATOR_FIELDS}
          }
          observation {
            id
            value
            numerator
            denominator
            targetValue
            targetMet
            status
            sourceQuote
            factId
            noteVi
            noteEn
            version
            ownerUnit {
              id
              nameVi
              nameEn
            }
            derived {
              percentage
              percentageCheck {
                reported
                derived
                difference
                explainedByRounding
              }
              baseValue
              impliedPopulation
            }
          }
        }
      }
      consistency {
        ratios {
          indicator {
            id
            code
            nameVi
            nameEn
          }
          factId
          numerator
          denominator
          reported
          derived
          difference
          reportedDecimals
          explainedByRounding
        }
        population {
          estimates {
            indicator {
              id
              code
              nameVi
              nameEn
            }
            baseIndicator {
              id
              code
              nameVi
              nameEn
            }
            factIds
            method
            rate
            count
            population
            arithmeticVi
            arithmeticEn
          }
          min
          max
          spread
          relativeSpread
        }
      }
    }
  }
`;

export interface ReportingPeriodsQuery {
  reportingPeriods: ReportingPeriodFields[];
}

/** The reporting periods opened so far, earliest first. */
export const REPORTING_PERIODS_QUERY: TypedDocumentNode<ReportingPeriodsQuery, Record<string, never>> = gql`
  query ReportingPeriods {
    reportingPeriods {
      ${PERIOD_FIELDS}
    }
  }
`;

/** One figure of an indicator in a period (for a chart across periods or areas). */
export interface SeriesObservationFields {
  __typename?: 'Observation';
  id: string;
  value: number;
  targetValue: number | null;
  period: { __typename?: 'ReportingPeriod'; id: string; code: string };
  area: { __typename?: 'Area'; id: string; code: string };
}

export interface IndicatorSeriesQuery {
  reportingPeriods: ReportingPeriodFields[];
  indicator: (IndicatorFields & { observations: { nodes: SeriesObservationFields[] } }) | null;
}

/** An indicator's figures for one area in up to 60 periods (30 years of halves, within the gateway's query cost), with every period. */
export const INDICATOR_SERIES_QUERY: TypedDocumentNode<IndicatorSeriesQuery, { code: string; areaCode: string }> = gql`
  query IndicatorSeries($code: String!, $areaCode: String!) {
    reportingPeriods {
      ${PERIOD_FIELDS}
    }
    indicator(code: $code) {
      ${INDICATOR_FIELDS}
      observations(filter: { areaCode: $areaCode }, first: 60) {
        nodes {
          id
          value
          targetValue
          period {
            id
            code
          }
          area {
            id
            code
          }
        }
      }
    }
  }
`;

/** A district-level unit of the province. */
export interface DistrictFields {
  __typename?: 'Area';
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  kind: 'PROVINCE' | 'CITY' | 'TOWN' | 'DISTRICT';
}

export interface DistrictFiguresQuery {
  districts: DistrictFields[];
  indicator: (IndicatorFields & { observations: { nodes: SeriesObservationFields[] } }) | null;
}

/** The province's district-level units as they were at the end of the period, and an indicator's figures of that period in up to 30 areas (Lạng Sơn had 11 district-level units and the province). */
export const DISTRICT_FIGURES_QUERY: TypedDocumentNode<DistrictFiguresQuery, { code: string; period: string; validOn: string }> = gql`
  query DistrictFigures($code: String!, $period: String!, $validOn: Date!) {
    districts(provinceCode: "20", validOn: $validOn) {
      id
      code
      nameVi
      nameEn
      kind
    }
    indicator(code: $code) {
      ${INDICATOR_FIELDS}
      observations(filter: { period: $period }, first: 30) {
        nodes {
          id
          value
          targetValue
          period {
            id
            code
          }
          area {
            id
            code
          }
        }
      }
    }
  }
`;

/** An award of the register. */
export interface AwardFields {
  __typename?: 'Award';
  id: string;
  kind: AwardKindCode;
  kindLabelVi: string;
  kindLabelEn: string;
  conferredByLabelVi: string;
  conferredByLabelEn: string;
  level: AwardLevelCode;
  recipientKind: 'COLLECTIVE' | 'INDIVIDUAL' | 'GROUP';
  recipientUnit: { __typename?: 'Unit'; id: string; nameVi: string; nameEn: string } | null;
  recipientName: string | null;
  collectivesCount: number;
  individualsCount: number;
  reasonVi: string;
  reasonEn: string | null;
  yearsCovered: string | null;
  /** YYYY-MM-DD. */
  conferredOn: string;
  period: string;
  factId: string | null;
  sourceQuote: string | null;
}

export interface AwardsRegisterQuery {
  awards: { totalCount: number; totals: { awards: number; collectives: number; individuals: number }; nodes: AwardFields[] };
}

export interface AwardsRegisterQueryVariables {
  filter: { kind?: AwardKindCode | null; level?: AwardLevelCode | null; period?: string | null; query?: string | null };
}

/** The awards register, filtered, latest first: the first 50 (within the gateway's query cost; a half-year has a handful), with the total. */
export const AWARDS_REGISTER_QUERY: TypedDocumentNode<AwardsRegisterQuery, AwardsRegisterQueryVariables> = gql`
  query AwardsRegister($filter: AwardFilter) {
    awards(filter: $filter, first: 50) {
      totalCount
      totals {
        awards
        collectives
        individuals
      }
      nodes {
        id
        kind
        kindLabelVi
        kindLabelEn
        conferredByLabelVi
        conferredByLabelEn
        level
        recipientKind
        recipientUnit {
          id
          nameVi
          nameEn
        }
        recipientName
        collectivesCount
        individualsCount
        reasonVi
        reasonEn
        yearsCovered
        conferredOn
        period
        factId
        sourceQuote
      }
    }
  }
`;

/** A period as the statistician's editor lists it: whether and when it was published. */
export interface EditorPeriodFields extends ReportingPeriodFields {
  /** ISO 8601 instant; null while the period is not published. */
  publishedAt: string | null;
}

export interface ObservationEditorQuery {
  /** Every period a statistician sees: the published ones and those only opened. */
  reportingPeriods: EditorPeriodFields[];
  province: { __typename?: 'Area'; id: string; code: string; nameVi: string; nameEn: string } | null;
  districts: DistrictFields[];
  indicators: { nodes: IndicatorFields[] };
}

/** What the statistician's form chooses from: periods, the province and its districts, indicators. */
export const OBSERVATION_EDITOR_QUERY: TypedDocumentNode<ObservationEditorQuery, Record<string, never>> = gql`
  query ObservationEditor {
    reportingPeriods {
      ${PERIOD_FIELDS}
      publishedAt
    }
    province: area(code: "20") {
      id
      code
      nameVi
      nameEn
    }
    districts(provinceCode: "20") {
      id
      code
      nameVi
      nameEn
      kind
    }
    indicators(first: 100) {
      nodes {
        ${INDICATOR_FIELDS}
      }
    }
  }
`;

/** A figure as the form edits it. */
export interface EditableObservationFields {
  __typename?: 'Observation';
  id: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  targetValue: number | null;
  status: ObservationStatusCode;
  sourceQuote: string;
  factId: string | null;
  noteVi: string | null;
  noteEn: string | null;
  version: number;
}

const EDITABLE_OBSERVATION_FIELDS = `
  id
  value
  numerator
  denominator
  targetValue
  status
  sourceQuote
  factId
  noteVi
  noteEn
  version
`;

export interface RecordedObservationQuery {
  indicator: { __typename?: 'Indicator'; id: string; observation: EditableObservationFields | null } | null;
}

/** The figure recorded for an indicator, period and area, if any: the form corrects it with its version. */
export const RECORDED_OBSERVATION_QUERY: TypedDocumentNode<RecordedObservationQuery, { code: string; period: string; areaCode: string }> = gql`
  query RecordedObservation($code: String!, $period: String!, $areaCode: String!) {
    indicator(code: $code) {
      id
      observation(period: $period, areaCode: $areaCode) {
        ${EDITABLE_OBSERVATION_FIELDS}
      }
    }
  }
`;

/** The input of `observationUpsert`. */
export interface ObservationUpsertInput {
  indicatorCode: string;
  period: string;
  areaCode: string;
  value: number;
  numerator?: number | null;
  denominator?: number | null;
  targetValue?: number | null;
  status?: ObservationStatusCode;
  sourceQuote: string;
  factId?: string | null;
  ownerUnitCode?: string | null;
  noteVi?: string | null;
  noteEn?: string | null;
  /** The version read, to correct a recorded figure; left out for a first figure. */
  version?: number | null;
}

export interface ObservationUpsertMutation {
  observationUpsert: { observation: EditableObservationFields | null; userErrors: UserErrorFields[] };
}

/** Records a figure, or corrects the recorded one naming the version read (role: statistician). */
export const OBSERVATION_UPSERT_MUTATION: TypedDocumentNode<ObservationUpsertMutation, { input: ObservationUpsertInput }> = gql`
  mutation ObservationUpsert($input: ObservationUpsertInput!) {
    observationUpsert(input: $input) {
      observation {
        ${EDITABLE_OBSERVATION_FIELDS}
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

/** A figure as it stood before or after a change. */
export interface ObservationSnapshotFields {
  value: number;
  numerator: number | null;
  denominator: number | null;
  targetValue: number | null;
  status: ObservationStatusCode;
  sourceQuote: string;
  version: number;
}

export interface ObservationHistoryQuery {
  observationHistory: Array<{
    /** ISO 8601 instant. */
    occurredAt: string;
    actor: string;
    action: string;
    previous: ObservationSnapshotFields | null;
    current: ObservationSnapshotFields | null;
  }>;
}

const SNAPSHOT_FIELDS = `
  value
  numerator
  denominator
  targetValue
  status
  sourceQuote
  version
`;

/** Every change of a figure, oldest first (signed-in staff only). */
export const OBSERVATION_HISTORY_QUERY: TypedDocumentNode<ObservationHistoryQuery, { id: string }> = gql`
  query ObservationHistory($id: ID!) {
    observationHistory(id: $id) {
      occurredAt
      actor
      action
      previous {
        ${SNAPSHOT_FIELDS}
      }
      current {
        ${SNAPSHOT_FIELDS}
      }
    }
  }
`;

const EDITOR_PERIOD_FIELDS = `
  ${PERIOD_FIELDS}
  publishedAt
`;

export interface ReportingPeriodOpenMutation {
  reportingPeriodOpen: { reportingPeriod: EditorPeriodFields | null; userErrors: UserErrorFields[] };
}

/** Opens a reporting period by its code (2020-H2, 2020-Q3, 2020), unpublished (role: statistician). */
export const REPORTING_PERIOD_OPEN_MUTATION: TypedDocumentNode<ReportingPeriodOpenMutation, { input: { code: string } }> = gql`
  mutation ReportingPeriodOpen($input: ReportingPeriodOpenInput!) {
    reportingPeriodOpen(input: $input) {
      reportingPeriod {
        ${EDITOR_PERIOD_FIELDS}
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export interface ReportingPeriodPublishMutation {
  reportingPeriodPublish: { reportingPeriod: EditorPeriodFields | null; userErrors: UserErrorFields[] };
}

/** Publishes an open period: the public sees it, and it becomes the public pages' default if it is the latest (role: statistician). */
export const REPORTING_PERIOD_PUBLISH_MUTATION: TypedDocumentNode<ReportingPeriodPublishMutation, { input: { code: string } }> = gql`
  mutation ReportingPeriodPublish($input: ReportingPeriodPublishInput!) {
    reportingPeriodPublish(input: $input) {
      reportingPeriod {
        ${EDITOR_PERIOD_FIELDS}
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

/** Every GraphQL document the statistics remote sends, by operation name (validated by the gateway's tests). */
export const statisticsOperations: Readonly<Record<string, DocumentNode>> = {
  StatisticsDashboard: STATISTICS_DASHBOARD_QUERY,
  ReportingPeriods: REPORTING_PERIODS_QUERY,
  IndicatorSeries: INDICATOR_SERIES_QUERY,
  DistrictFigures: DISTRICT_FIGURES_QUERY,
  AwardsRegister: AWARDS_REGISTER_QUERY,
  ObservationEditor: OBSERVATION_EDITOR_QUERY,
  RecordedObservation: RECORDED_OBSERVATION_QUERY,
  ObservationUpsert: OBSERVATION_UPSERT_MUTATION,
  ObservationHistory: OBSERVATION_HISTORY_QUERY,
  ReportingPeriodOpen: REPORTING_PERIOD_OPEN_MUTATION,
  ReportingPeriodPublish: REPORTING_PERIOD_PUBLISH_MUTATION,
};
