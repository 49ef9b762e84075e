export { compareFields, kpiFieldLabels, kpiFields, type KpiField } from './field';
export { describePeriod, periodOpenSchema, periodSchema, type Period, type PeriodInput, type StoredPeriod } from './period';
/** The generic period-code rules live in @egov/periods; these are re-exported for the kpis server. */
export { PERIOD_CODE_PATTERN, parsePeriod } from '@egov/periods';
export {
  directions,
  indicatorCodeSchema,
  indicatorSchema,
  measures,
  measuresWithBase,
  type Direction,
  type Indicator,
  type IndicatorFields,
  type IndicatorInput,
  type Measure,
} from './indicator';
export {
  factIdSchema,
  observationSchema,
  observationSchemaFor,
  observationStatuses,
  validateObservation,
  type Observation,
  type ObservationFields,
  type ObservationInput,
  type ObservationStatus,
} from './observation';
export {
  densityPer100,
  inhabitantsPerPoint,
  isTargetMet,
  percentageOf,
  populationFromDensity,
  populationFromPoints,
} from './derivations';
export {
  checkConsistency,
  checkFigure,
  checkRatios,
  crossCheckPopulation,
  decimalsOf,
  formatFigure,
  roundTo,
  type ConsistencyReport,
  type EstimateMethod,
  type FigureCheck,
  type PopulationCrossCheck,
  type PopulationEstimate,
  type RatioCheck,
} from './consistency';
