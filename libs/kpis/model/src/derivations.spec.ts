import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  densityPer100,
  inhabitantsPerPoint,
  isTargetMet,
  percentageOf,
  populationFromDensity,
  populationFromPoints,
} from './derivations';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const positive = fc.double({ min: 0.01, max: 1e9, noNaN: true });
const counts = fc.integer({ min: 0, max: 100_000_000 });

describe('the figures of the report', () => {
  it('derives them from each other', () => {
    expect(percentageOf(187, 200)).toBe(93.5);
    expect(populationFromDensity(819_000, 105)).toBe(780_000);
    expect(densityPer100(819_000, 780_000)).toBe(105);
    expect(populationFromPoints(238, 3_555)).toBe(846_090);
    expect(inhabitantsPerPoint(846_090, 238)).toBe(3_555);
    expect(Math.round(populationFromDensity(91_000, 12))).toBe(758_333);
  });

  it('refuses to divide by nothing', () => {
    expect(() => percentageOf(1, 0)).toThrow(RangeError);
    expect(() => densityPer100(1, 0)).toThrow(RangeError);
    expect(() => inhabitantsPerPoint(1, 0)).toThrow(RangeError);
    expect(() => populationFromDensity(1, 0)).toThrow(RangeError);
  });
});

describe('percentageOf', () => {
  it('lies within 0..100 when the numerator does not exceed the denominator', () => {
    const ratio = fc.integer({ min: 1, max: 10_000_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));
    fc.assert(
      fc.property(ratio, ([n, d]) => {
        const p = percentageOf(n, d);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
        expect(p === 100).toBe(n === d);
      }),
    );
  });
});

describe('densities and populations', () => {
  it('round-trips: the population a density implies gives that density back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), positive, (count, density) => {
        expect(close(densityPer100(count, populationFromDensity(count, density)), density)).toBe(true);
      }),
    );
  });

  it('round-trips: density × population / 100 is the count', () => {
    fc.assert(
      fc.property(counts, positive, (count, population) => {
        expect(close((densityPer100(count, population) * population) / 100, count)).toBe(true);
      }),
    );
  });

  it('round-trips: points × inhabitants per point, divided by the points, is the inhabitants per point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), positive, (points, each) => {
        expect(close(inhabitantsPerPoint(populationFromPoints(points, each), points), each)).toBe(true);
      }),
    );
  });
});

describe('isTargetMet', () => {
  it('meets 30 % of level-4 services with 32.4 %', () => {
    expect(isTargetMet(32.4, 30, 'higher_is_better')).toBe(true);
    expect(isTargetMet(29.9, 30, 'higher_is_better')).toBe(false);
    expect(isTargetMet(3_555, 4_000, 'lower_is_better')).toBe(true);
    expect(isTargetMet(32.4, null, 'higher_is_better')).toBeNull();
    expect(isTargetMet(32.4, 30, 'neutral')).toBeNull();
  });

  it('counts reaching the target exactly as met, and flips with the direction otherwise', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (value, target) => {
        const higher = isTargetMet(value, target, 'higher_is_better');
        const lower = isTargetMet(value, target, 'lower_is_better');
        if (value === target) expect([higher, lower]).toEqual([true, true]);
        else expect(higher).toBe(!lower);
      }),
    );
  });
});
