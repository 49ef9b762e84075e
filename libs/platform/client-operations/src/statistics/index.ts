import type { DocumentNode } from 'graphql';
import {
  AWARDS_REGISTER_QUERY,
  DISTRICT_FIGURES_QUERY,
  INDICATOR_SERIES_QUERY,
  OBSERVATION_EDITOR_QUERY,
  OBSERVATION_HISTORY_QUERY,
  OBSERVATION_UPSERT_MUTATION,
  RECORDED_OBSERVATION_QUERY,
  REPORTING_PERIODS_QUERY,
  REPORTING_PERIOD_OPEN_MUTATION,
  REPORTING_PERIOD_PUBLISH_MUTATION,
  STATISTICS_DASHBOARD_QUERY,
} from './operations';

export * from './operations';
export type { UserErrorFields } from '../session';

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
