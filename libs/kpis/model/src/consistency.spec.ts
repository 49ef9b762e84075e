import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency, checkFigure, crossCheckPopulation, decimalsOf, formatFigure, roundTo } from './consistency';
import type { IndicatorFields } from './indicator';
import type { ObservationFields } from './observation';

const figure = (indicatorCode: string, factId: string, value: number, parts: [number, number] | null = null): ObservationFields => ({
  indicatorCode,
  period: '2020-H1',
  areaCode: '20',
  value,
  numerator: parts?.[0] ?? null,
  denominator: parts?.[1] ?? null,
  target: null,
  status: 'provisional',
  sourceQuote: 'x',
  factId,
  ownerUnitCode: null,
  noteVi: null,
  noteEn: null,
});
type Linked = Pick<IndicatorFields, 'code' | 'measure' | 'baseIndicatorCode'>;
const indicators: Linked[] = [
  { code: 'POST_SERVICE_POINTS', measure: 'count', baseIndicatorCode: null },
  { code: 'POST_INHABITANTS_PER_POINT', measure: 'inhabitants_per_point', baseIndicatorCode: 'POST_SERVICE_POINTS' },
  { code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', measure: 'percent', baseIndicatorCode: null },
  { code: 'TELECOM_PHONE_SUBSCRIBERS', measure: 'count', baseIndicatorCode: null },
  { code: 'TELECOM_PHONE_DENSITY', measure: 'per_100_inhabitants', baseIndicatorCode: 'TELECOM_PHONE_SUBSCRIBERS' },
  { code: 'TELECOM_INTERNET_SUBSCRIBERS', measure: 'count', baseIndicatorCode: null },
  { code: 'TELECOM_INTERNET_DENSITY', measure: 'per_100_inhabitants', baseIndicatorCode: 'TELECOM_INTERNET_SUBSCRIBERS' },
];
const report = [
  figure('POST_SERVICE_POINTS', 'F13', 238),
  figure('POST_INHABITANTS_PER_POINT', 'F14', 3_555),
  figure('POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', 'F15', 94, [187, 200]),
  figure('TELECOM_PHONE_SUBSCRIBERS', 'F18', 819_000),
  figure('TELECOM_PHONE_DENSITY', 'F19', 105),
  figure('TELECOM_INTERNET_SUBSCRIBERS', 'F20', 91_000),
  figure('TELECOM_INTERNET_DENSITY', 'F21', 12),
];

describe('checkFigure', () => {
  it('shows 94 % reported against 187/200 = 93.5 %, explained by rounding to a whole number', () => {
    const check = checkFigure(94, 93.5);
    expect(check).toMatchObject({ reported: 94, derived: 93.5, difference: 0.5, reportedDecimals: 0, roundsToReported: true });
    expect(check.relativeDifference).toBeCloseTo(0.5 / 93.5, 12);
  });

  it('does not excuse a difference larger than the reported precision', () => {
    expect(checkFigure(95, 93.5).roundsToReported).toBe(false);
    expect(checkFigure(93.6, 93.5).roundsToReported).toBe(false);
    expect(checkFigure(16.2, 16.24).roundsToReported).toBe(true);
    expect(checkFigure(5, 0).relativeDifference).toBeNull();
  });

  it('finds that a value always rounds to itself', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(checkFigure(value, value)).toMatchObject({ difference: 0, roundsToReported: true });
      }),
    );
  });

  it('finds that a figure rounded to any precision is explained by that rounding', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 4 }), (derived, decimals) => {
        const reported = roundTo(derived, decimals);
        expect(checkFigure(reported, derived).roundsToReported).toBe(true);
        expect(Math.abs(reported - derived)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-6);
      }),
    );
  });

  it('gives the difference the sign of the excess in the report', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (reported, derived) => {
        expect(Math.sign(checkFigure(reported, derived).difference)).toBe(Math.sign(reported - derived));
      }),
    );
  });
});

describe('decimalsOf and roundTo', () => {
  it('reads the precision a figure is written with', () => {
    expect([94, 16.2, 93.25, 0, 60_000_000, 0.001].map(decimalsOf)).toEqual([0, 1, 2, 0, 0, 3]);
  });

  it('rounds halves away from zero, without binary surprises', () => {
    expect(roundTo(93.5, 0)).toBe(94);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(758_333.333, 0)).toBe(758_333);
  });

  it('keeps a figure already at that precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (units, decimals) => {
        const value = units / 10 ** decimals;
        expect(roundTo(value, decimalsOf(value))).toBe(value);
        expect(decimalsOf(value)).toBeLessThanOrEqual(decimals);
      }),
    );
  });
});

describe('formatFigure', () => {
  it('writes figures in each language', () => {
    expect(formatFigure(846_090, 'en')).toBe('846,090');
    expect(formatFigure(846_090, 'vi')).toBe('846.090');
    expect(formatFigure(16.2, 'vi')).toBe('16,2');
    expect(formatFigure(-1234.5, 'en')).toBe('-1,234.5');
  });
});

describe('crossCheckPopulation', () => {
  it('lists the population each pair of figures implies, with its arithmetic, and the spread', () => {
    const check = crossCheckPopulation(indicators, report);
    expect(check.estimates.map((e) => [e.factIds, e.method, Math.round(e.population), e.arithmeticEn])).toEqual([
      [['F13', 'F14'], 'points', 846_090, '238 × 3,555 = 846,090'],
      [['F18', 'F19'], 'density', 780_000, '819,000 ÷ 105 × 100 = 780,000'],
      [['F20', 'F21'], 'density', 758_333, '91,000 ÷ 12 × 100 ≈ 758,333'],
    ]);
    expect(check.estimates[1]?.arithmeticVi).toBe('819.000 : 105 × 100 = 780.000');
    expect(check.min).toBeCloseTo(758_333.33, 2);
    expect(check.max).toBe(846_090);
    expect(check.spread).toBeCloseTo(87_756.67, 2);
    expect(check.relativeSpread).toBeCloseTo(0.1157, 4);
  });

  it('skips a rate whose count is not reported, and says nothing when nothing pairs', () => {
    const alone = report.filter((o) => o.indicatorCode !== 'TELECOM_PHONE_SUBSCRIBERS');
    expect(crossCheckPopulation(indicators, alone).estimates.map((e) => e.indicatorCode)).not.toContain('TELECOM_PHONE_DENSITY');
    expect(crossCheckPopulation(indicators, [])).toEqual({ estimates: [], min: null, max: null, spread: null, relativeSpread: null });
  });

  it('finds no spread when the figures agree on one population', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 5000 }), (points, each) => {
        const population = points * each;
        const subscribers = population * 2;
        const check = crossCheckPopulation(indicators, [
          figure('POST_SERVICE_POINTS', 'F13', points),
          figure('POST_INHABITANTS_PER_POINT', 'F14', each),
          figure('TELECOM_PHONE_SUBSCRIBERS', 'F18', subscribers),
          figure('TELECOM_PHONE_DENSITY', 'F19', 200),
        ]);
        expect(check.estimates).toHaveLength(2);
        expect(check.spread).toBeCloseTo(0, 6);
      }),
    );
  });
});

describe('checkConsistency', () => {
  it('checks the ratios and the population of a period in one report', () => {
    const result = checkConsistency(indicators, report);
    expect(result.ratios).toEqual([
      expect.objectContaining({ factId: 'F15', numerator: 187, denominator: 200, reported: 94, derived: 93.5, roundsToReported: true }),
    ]);
    expect(result.population.estimates).toHaveLength(3);
  });
});
