import { percentageOf, populationFromDensity, populationFromPoints } from './derivations';
import type { IndicatorFields } from './indicator';
import type { ObservationFields } from './observation';

/**
 * Consistency checks: a report rounds, estimates ("khoảng") and counts from different sources, so
 * its figures need not agree exactly. These checks show by how much they differ and whether
 * rounding explains it; they never change a figure.
 */

const MAX_DECIMALS = 10;

/** How many decimals a figure is written with: 94 → 0, 16.2 → 1, 93.25 → 2. */
export function decimalsOf(value: number): number {
  for (let decimals = 0; decimals < MAX_DECIMALS; decimals++) {
    const scale = 10 ** decimals;
    if (Math.abs(Math.round(value * scale) / scale - value) <= Number.EPSILON * Math.max(1, Math.abs(value))) {
      return decimals;
    }
  }
  return MAX_DECIMALS;
}

/** A figure rounded half away from zero to a number of decimals: 93.5 → 94, 93.25 to 1 decimal → 93.3. */
export function roundTo(value: number, decimals: number): number {
  const magnitude = Math.abs(value);
  const written = String(magnitude);
  // Shifting the decimal point in the written form keeps 1.005 from becoming 100.49999… when scaled.
  const rounded = written.includes('e')
    ? Math.round(magnitude * 10 ** decimals) / 10 ** decimals
    : Number(`${Math.round(Number(`${written}e${decimals}`))}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A reported figure beside the one derived from its parts. */
export interface FigureCheck {
  reported: number;
  derived: number;
  /** reported − derived: positive when the report gives more. */
  difference: number;
  /** The difference as a share of the derived figure; null when that is zero. */
  relativeDifference: number | null;
  /** The decimals the reported figure is written with, the precision it was rounded to. */
  reportedDecimals: number;
  /**
   * True when rounding the derived figure to the reported precision gives the reported one,
   * that is when they differ by at most half of the reported figure's last digit (a tie may go
   * either way, since reports round halves up or to even).
   */
  roundsToReported: boolean;
}

/** Compares a reported figure with the one derived from its parts: 94 reported, 93.5 derived → rounding. */
export function checkFigure(reported: number, derived: number): FigureCheck {
  const reportedDecimals = decimalsOf(reported);
  const difference = reported - derived;
  const halfStep = 0.5 * 10 ** -reportedDecimals;
  const tolerance = 1e-9 * Math.max(1, Math.abs(reported), Math.abs(derived));
  return {
    reported,
    derived,
    difference,
    relativeDifference: derived === 0 ? null : difference / derived,
    reportedDecimals,
    roundsToReported: Math.abs(difference) <= halfStep + tolerance,
  };
}

/** A percentage reported with its numerator and denominator, checked against them. */
export interface RatioCheck extends FigureCheck {
  indicatorCode: string;
  factId: string | null;
  numerator: number;
  denominator: number;
}

/** Checks every figure that gives its parts (187/200 reported as 94 %) against them. */
export function checkRatios(observations: readonly ObservationFields[]): RatioCheck[] {
  return observations.flatMap((observation) => {
    const { numerator, denominator } = observation;
    if (numerator === null || denominator === null || denominator <= 0) return [];
    return [
      {
        indicatorCode: observation.indicatorCode,
        factId: observation.factId,
        numerator,
        denominator,
        ...checkFigure(observation.value, percentageOf(numerator, denominator)),
      },
    ];
  });
}

/** Writes a figure the way each language does: 846,090.5 in English, 846.090,5 in Vietnamese. */
export function formatFigure(value: number, language: 'vi' | 'en', maxDecimals = 2): string {
  const [whole = '0', fraction] = roundTo(Math.abs(value), maxDecimals).toFixed(maxDecimals).split('.');
  const [group, point] = language === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = fraction?.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${grouped}${trimmed ? point + trimmed : ''}`;
}

/** How a population is estimated: from a density per 100 inhabitants, or from inhabitants per service point. */
export type EstimateMethod = 'density' | 'points';

/** The population one pair of figures implies, with the sum that gives it. */
export interface PopulationEstimate {
  /** The density or per-point indicator, and the count it is computed on. */
  indicatorCode: string;
  baseIndicatorCode: string;
  factIds: string[];
  method: EstimateMethod;
  /** The density (per 100 inhabitants) or the inhabitants per point. */
  rate: number;
  /** The subscribers or the service points. */
  count: number;
  /** The population implied, exactly. */
  population: number;
  /** The sum, as the consistency paragraph writes it: "238 × 3,555 = 846,090". */
  arithmeticEn: string;
  arithmeticVi: string;
}

export interface PopulationCrossCheck {
  estimates: PopulationEstimate[];
  /** The smallest and largest implied population; null with no estimate. */
  min: number | null;
  max: number | null;
  /** max − min. */
  spread: number | null;
  /** The spread as a share of the smallest estimate: how much the largest exceeds it. */
  relativeSpread: number | null;
}

/**
 * The population implied by every density or per-point figure of a period and area whose base
 * count is also reported: 819,000 subscribers at 105 per 100 → 780,000; 91,000 at 12 per 100 →
 * about 758,333; 238 points × 3,555 → 846,090. They should agree; the spread shows how far they do not.
 */
export function crossCheckPopulation(
  indicators: readonly Pick<IndicatorFields, 'code' | 'measure' | 'baseIndicatorCode'>[],
  observations: readonly ObservationFields[],
): PopulationCrossCheck {
  const indicatorByCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
  const observationByIndicator = new Map(observations.map((observation) => [observation.indicatorCode, observation]));
  const estimates: PopulationEstimate[] = [];
  for (const observation of observations) {
    const indicator = indicatorByCode.get(observation.indicatorCode);
    if (!indicator?.baseIndicatorCode) continue;
    const base = observationByIndicator.get(indicator.baseIndicatorCode);
    if (!base || !(observation.value > 0)) continue;
    const factIds = [base.factId, observation.factId].filter((id): id is string => id !== null);
    const rate = observation.value;
    const count = base.value;
    const common = { indicatorCode: indicator.code, baseIndicatorCode: indicator.baseIndicatorCode, factIds, rate, count };
    if (indicator.measure === 'per_100_inhabitants') {
      const population = populationFromDensity(count, rate);
      const sum = (language: 'vi' | 'en') =>
        `${formatFigure(count, language)} ${language === 'vi' ? ':' : '÷'} ${formatFigure(rate, language)} × 100 ${Number.isInteger(population) ? '=' : '≈'} ${formatFigure(Math.round(population), language, 0)}`;
      estimates.push({ ...common, method: 'density', population, arithmeticEn: sum('en'), arithmeticVi: sum('vi') });
    } else if (indicator.measure === 'inhabitants_per_point') {
      const population = populationFromPoints(count, rate);
      const sum = (language: 'vi' | 'en') =>
        `${formatFigure(count, language)} × ${formatFigure(rate, language)} ${Number.isInteger(population) ? '=' : '≈'} ${formatFigure(Math.round(population), language, 0)}`;
      estimates.push({ ...common, method: 'points', population, arithmeticEn: sum('en'), arithmeticVi: sum('vi') });
    }
  }
  if (estimates.length === 0) return { estimates, min: null, max: null, spread: null, relativeSpread: null };
  const populations = estimates.map((estimate) => estimate.population);
  const min = Math.min(...populations);
  const max = Math.max(...populations);
  return { estimates, min, max, spread: max - min, relativeSpread: min > 0 ? (max - min) / min : null };
}

/** Every consistency check of one period and area. */
export interface ConsistencyReport {
  ratios: RatioCheck[];
  population: PopulationCrossCheck;
}

/** Runs every check over the figures of one period and area. */
export function checkConsistency(
  indicators: readonly Pick<IndicatorFields, 'code' | 'measure' | 'baseIndicatorCode'>[],
  observations: readonly ObservationFields[],
): ConsistencyReport {
  return { ratios: checkRatios(observations), population: crossCheckPopulation(indicators, observations) };
}
