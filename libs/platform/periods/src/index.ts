export {
  PERIOD_CODE_PATTERN,
  PERIOD_YEARS,
  comparePeriods,
  parsePeriod,
  periodCodePatternOf,
  periodCodeSchema,
  periodCodeSchemaOf,
  periodContains,
  periodIncludesDay,
  periodKinds,
  type ParsedPeriod,
  type PeriodKind,
} from './period';
export { latestPeriod, latestPublishedPeriod, type PeriodDays } from './latest-period';
export { periodLabelEn, periodLabelVi } from './period-labels';
export { dayInVietnam } from './vietnam-day';
