import { gql, type TypedDocumentNode } from '@apollo/client';
import { USER_ERROR_FIELDS } from '../session';
import type {
  AwardKind,
  AwardLevel,
  AwardsRegisterQuery,
  AwardsRegisterQueryVariables,
  DistrictFiguresQuery,
  DistrictFiguresQueryVariables,
  EditableObservationFieldsFragment,
  EditorPeriodFieldsFragment,
  IndicatorDirection,
  IndicatorFieldsFragment,
  IndicatorMeasure,
  IndicatorSeriesQuery,
  IndicatorSeriesQueryVariables,
  KpiFieldCode,
  ObservationEditorQuery,
  ObservationEditorQueryVariables,
  ObservationHistoryQuery,
  ObservationHistoryQueryVariables,
  ObservationSnapshotFieldsFragment,
  ObservationStatus,
  ObservationUpsertInput,
  ObservationUpsertMutation,
  ObservationUpsertMutationVariables,
  RecordedObservationQuery,
  RecordedObservationQueryVariables,
  ReportingPeriodFieldsFragment,
  ReportingPeriodOpenMutation,
  ReportingPeriodOpenMutationVariables,
  ReportingPeriodPublishMutation,
  ReportingPeriodPublishMutationVariables,
  ReportingPeriodsQuery,
  ReportingPeriodsQueryVariables,
  SeriesObservationFieldsFragment,
  StatisticsDashboardQuery,
  StatisticsDashboardQueryVariables,
} from './operations.generated';

export type { KpiFieldCode, ObservationUpsertInput, StatisticsDashboardQuery };
/** What kind of number an indicator is (`IndicatorMeasure`). */
export type IndicatorMeasureCode = IndicatorMeasure;
/** Which way is better (`IndicatorDirection`). */
export type IndicatorDirectionCode = IndicatorDirection;
/** How sure a figure is (`ObservationStatus`). */
export type ObservationStatusCode = ObservationStatus;
/** Form of commendation (`AwardKind`). */
export type AwardKindCode = AwardKind;
/** Tier an award is conferred at (`AwardLevel`). */
export type AwardLevelCode = AwardLevel;
/** A reporting period as the statistics pages name it (`published` is false for a period open to statisticians only). */
export type ReportingPeriodFields = ReportingPeriodFieldsFragment;
/** A period as the statistician's editor lists it: whether and when it was published. */
export type EditorPeriodFields = EditorPeriodFieldsFragment;
/** An indicator with what a page needs to show and format its figures. */
export type IndicatorFields = IndicatorFieldsFragment;
type Dashboard = NonNullable<StatisticsDashboardQuery['statisticsDashboard']>;
/** A figure of the dashboard with its target, derived figures and source. */
export type DashboardObservationFields = NonNullable<Dashboard['fields'][number]['indicators'][number]['observation']>;
/** One figure of an indicator in a period (for a chart across periods or areas). */
export type SeriesObservationFields = SeriesObservationFieldsFragment;
/** A district-level unit of the province. */
export type DistrictFields = DistrictFiguresQuery['districts'][number];
/** An award of the register. */
export type AwardFields = AwardsRegisterQuery['awards']['nodes'][number];
/** A figure as the form edits it. */
export type EditableObservationFields = EditableObservationFieldsFragment;
/** A figure as it stood before or after a change. */
export type ObservationSnapshotFields = ObservationSnapshotFieldsFragment;

const INDICATOR_FIELDS = gql`
  fragment IndicatorFields on Indicator {
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
  }
`;

const PERIOD_FIELDS = gql`
  fragment ReportingPeriodFields on ReportingPeriod {
    id
    code
    labelVi
    labelEn
    startsOn
    endsOn
    published
  }
`;

const EDITOR_PERIOD_FIELDS = gql`
  fragment EditorPeriodFields on ReportingPeriod {
    ...ReportingPeriodFields
    publishedAt
  }
  ${PERIOD_FIELDS}
`;

/** The dashboard of one period (every field, indicator and figure, and the consistency checks), with the periods to choose from. */
export const STATISTICS_DASHBOARD_QUERY: TypedDocumentNode<StatisticsDashboardQuery, StatisticsDashboardQueryVariables> = gql`
  query StatisticsDashboard($period: String, $areaCode: String = "20") {
    reportingPeriods {
      ...ReportingPeriodFields
    }
    statisticsDashboard(period: $period, areaCode: $areaCode) {
      period {
        ...ReportingPeriodFields
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
            ...IndicatorFields
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
  ${INDICATOR_FIELDS}
  ${PERIOD_FIELDS}
`;

/** The reporting periods opened so far, earliest first. */
export const REPORTING_PERIODS_QUERY: TypedDocumentNode<ReportingPeriodsQuery, ReportingPeriodsQueryVariables> = gql`
  query ReportingPeriods {
    reportingPeriods {
      ...ReportingPeriodFields
    }
  }
  ${PERIOD_FIELDS}
`;

const SERIES_OBSERVATION_FIELDS = gql`
  fragment SeriesObservationFields on Observation {
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
`;

/** An indicator's figures for one area in up to 60 periods (30 years of halves, within the gateway's query cost), with every period. */
export const INDICATOR_SERIES_QUERY: TypedDocumentNode<IndicatorSeriesQuery, IndicatorSeriesQueryVariables> = gql`
  query IndicatorSeries($code: String!, $areaCode: String!) {
    reportingPeriods {
      ...ReportingPeriodFields
    }
    indicator(code: $code) {
      ...IndicatorFields
      observations(filter: {areaCode: $areaCode}, first: 60) {
        nodes {
          ...SeriesObservationFields
        }
      }
    }
  }
  ${INDICATOR_FIELDS}
  ${PERIOD_FIELDS}
  ${SERIES_OBSERVATION_FIELDS}
`;

/** The province's district-level units as they were at the end of the period, and an indicator's figures of that period in up to 30 areas (Lạng Sơn had 11 district-level units and the province). */
export const DISTRICT_FIGURES_QUERY: TypedDocumentNode<DistrictFiguresQuery, DistrictFiguresQueryVariables> = gql`
  query DistrictFigures($code: String!, $period: String!, $validOn: Date!) {
    districts(provinceCode: "20", validOn: $validOn) {
      id
      code
      nameVi
      nameEn
      kind
    }
    indicator(code: $code) {
      ...IndicatorFields
      observations(filter: {period: $period}, first: 30) {
        nodes {
          ...SeriesObservationFields
        }
      }
    }
  }
  ${INDICATOR_FIELDS}
  ${SERIES_OBSERVATION_FIELDS}
`;

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

// The indicators' fields are written out, not spread from `IndicatorFields`: the gateway's cost
// counts each spread (3) once per item of a page, so spread over a page of 100 it would cost 300
// more and take this document, with the `__typename`s Apollo adds, over the limit of 5000.
/** What the statistician's form chooses from: periods, the province and its districts, indicators. */
export const OBSERVATION_EDITOR_QUERY: TypedDocumentNode<ObservationEditorQuery, ObservationEditorQueryVariables> = gql`
  query ObservationEditor {
    reportingPeriods {
      ...EditorPeriodFields
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
      }
    }
  }
  ${EDITOR_PERIOD_FIELDS}
`;

const EDITABLE_OBSERVATION_FIELDS = gql`
  fragment EditableObservationFields on Observation {
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
  }
`;

/** The figure recorded for an indicator, period and area, if any: the form corrects it with its version. */
export const RECORDED_OBSERVATION_QUERY: TypedDocumentNode<RecordedObservationQuery, RecordedObservationQueryVariables> = gql`
  query RecordedObservation($code: String!, $period: String!, $areaCode: String!) {
    indicator(code: $code) {
      id
      observation(period: $period, areaCode: $areaCode) {
        ...EditableObservationFields
      }
    }
  }
  ${EDITABLE_OBSERVATION_FIELDS}
`;

/** Records a figure, or corrects the recorded one naming the version read (role: statistician). */
export const OBSERVATION_UPSERT_MUTATION: TypedDocumentNode<ObservationUpsertMutation, ObservationUpsertMutationVariables> = gql`
  mutation ObservationUpsert($input: ObservationUpsertInput!) {
    observationUpsert(input: $input) {
      observation {
        ...EditableObservationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${EDITABLE_OBSERVATION_FIELDS}
  ${USER_ERROR_FIELDS}
`;

const SNAPSHOT_FIELDS = gql`
  fragment ObservationSnapshotFields on ObservationSnapshot {
    value
    numerator
    denominator
    targetValue
    status
    sourceQuote
    version
  }
`;

/** Every change of a figure, oldest first (signed-in staff only). */
export const OBSERVATION_HISTORY_QUERY: TypedDocumentNode<ObservationHistoryQuery, ObservationHistoryQueryVariables> = gql`
  query ObservationHistory($id: ID!) {
    observationHistory(id: $id) {
      occurredAt
      actor
      action
      previous {
        ...ObservationSnapshotFields
      }
      current {
        ...ObservationSnapshotFields
      }
    }
  }
  ${SNAPSHOT_FIELDS}
`;

/** Opens a reporting period by its code (2020-H2, 2020-Q3, 2020), unpublished (role: statistician). */
export const REPORTING_PERIOD_OPEN_MUTATION: TypedDocumentNode<ReportingPeriodOpenMutation, ReportingPeriodOpenMutationVariables> = gql`
  mutation ReportingPeriodOpen($input: ReportingPeriodOpenInput!) {
    reportingPeriodOpen(input: $input) {
      reportingPeriod {
        ...EditorPeriodFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${EDITOR_PERIOD_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Publishes an open period: the public sees it, and it becomes the public pages' default if it is the latest (role: statistician). */
export const REPORTING_PERIOD_PUBLISH_MUTATION: TypedDocumentNode<ReportingPeriodPublishMutation, ReportingPeriodPublishMutationVariables> = gql`
  mutation ReportingPeriodPublish($input: ReportingPeriodPublishInput!) {
    reportingPeriodPublish(input: $input) {
      reportingPeriod {
        ...EditorPeriodFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${EDITOR_PERIOD_FIELDS}
  ${USER_ERROR_FIELDS}
`;

