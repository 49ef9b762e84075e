import type { Direction } from './indicator';

/**
 * Pure arithmetic between the figures of a report. No rounding happens here: callers round for
 * display, and the consistency checks compare the exact figures with the rounded ones reported.
 */

function requirePositive(value: number, what: string): void {
  if (!(value > 0)) throw new RangeError(`${what} must be greater than zero (got ${value})`);
}

/** A ratio as a percentage: 187 of 200 → 93.5. */
export function percentageOf(numerator: number, denominator: number): number {
  requirePositive(denominator, 'A denominator');
  // Multiplying first keeps exact results exact (187 * 100 / 200 is 93.5, not 93.50000000000001).
  return (numerator * 100) / denominator;
}

/** Subscribers (or anything counted) per 100 inhabitants: 819,000 among 780,000 people → 105. */
export function densityPer100(count: number, population: number): number {
  requirePositive(population, 'A population');
  return (count * 100) / population;
}

/** Inhabitants served by each service point: 846,090 people and 238 points → 3,555. */
export function inhabitantsPerPoint(population: number, points: number): number {
  requirePositive(points, 'A number of service points');
  return population / points;
}

/** The population a density implies: 819,000 subscribers at 105 per 100 inhabitants → 780,000. */
export function populationFromDensity(count: number, densityPer100Inhabitants: number): number {
  requirePositive(densityPer100Inhabitants, 'A density');
  return (count * 100) / densityPer100Inhabitants;
}

/** The population that service points imply: 238 points × 3,555 inhabitants each → 846,090. */
export function populationFromPoints(points: number, inhabitantsEach: number): number {
  return points * inhabitantsEach;
}

/**
 * Whether a figure meets its target, given which way is better: 32.4 against 30,
 * higher being better, is met. Null when there is no target or no better way (neutral).
 */
export function isTargetMet(value: number, target: number | null, direction: Direction): boolean | null {
  if (target === null) return null;
  switch (direction) {
    case 'higher_is_better':
      return value >= target;
    case 'lower_is_better':
      return value <= target;
    case 'neutral':
      return null;
  }
}
