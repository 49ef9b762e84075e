import { formattersFor } from '@egov/i18n';
import { describe, expect, it } from 'vitest';
import { derivedArithmetic, derivedFigure, figureWithUnit } from './figures';
import { accounts, dashboardFixture, fines, level4, newspapers, perPoint, phoneDensity } from './test-fixtures';

const vi = formattersFor('vi');
const en = formattersFor('en');
const observationOf = (code: string) => dashboardFixture.fields.flatMap((field) => field.indicators).find((each) => each.indicator.code === code)!.observation!;

describe('a figure with its unit', () => {
  it('writes the figures of the report the Vietnamese way', () => {
    expect(figureWithUnit(vi, 32.4, level4)).toBe('32,4\u00a0% dịch vụ công');
    expect(figureWithUnit(vi, 10641, accounts)).toBe('10.641 tài khoản');
    expect(figureWithUnit(vi, 60_000_000, fines)).toBe('60.000.000\u00a0₫');
    expect(figureWithUnit(vi, 105, phoneDensity)).toBe('105 thuê bao/100 dân');
  });

  it('and the English way, without repeating the percent sign', () => {
    expect(figureWithUnit(en, 32.4, level4)).toBe('32.4% public services');
    expect(figureWithUnit(en, 10641, accounts)).toBe('10,641 accounts');
    expect(figureWithUnit(en, 93.5, newspapers)).toBe('93.5% communes');
  });
});

describe('derived figures', () => {
  it('shows 187/200 as 93,5 % beside the 94 % reported', () => {
    const derived = derivedFigure(newspapers, observationOf(newspapers.code));
    expect(derived).toEqual({ kind: 'ratio', numerator: 187, denominator: 200, percentage: 93.5, reported: 94, explainedByRounding: true });
    expect(derivedArithmetic(derived!, vi)).toBe('187/200 → 93,5\u00a0%');
    expect(derivedArithmetic(derived!, en)).toBe('187/200 → 93.5%');
  });

  it('shows the population implied by inhabitants per point and by a density', () => {
    const points = derivedFigure(perPoint, observationOf(perPoint.code))!;
    expect(derivedArithmetic(points, vi)).toBe('238 × 3.555 = 846.090');
    const density = derivedFigure(phoneDensity, observationOf(phoneDensity.code))!;
    expect(derivedArithmetic(density, vi)).toBe('819.000 : 105 × 100 = 780.000');
    expect(derivedArithmetic(density, en)).toBe('819,000 ÷ 105 × 100 = 780,000');
    expect(derivedArithmetic({ kind: 'density', count: 91_000, rate: 12, population: 91_000 / 0.12 }, vi)).toBe('91.000 : 12 × 100 ≈ 758.333');
  });

  it('derives nothing for a plain count, or a rate without its base', () => {
    expect(derivedFigure(accounts, observationOf(accounts.code))).toBeNull();
    expect(derivedFigure(level4, observationOf(level4.code))).toBeNull();
    expect(derivedFigure(phoneDensity, { ...observationOf(phoneDensity.code), derived: { __typename: 'DerivedFigures' as const, percentage: null, percentageCheck: null, baseValue: null, impliedPopulation: null } })).toBeNull();
  });
});
