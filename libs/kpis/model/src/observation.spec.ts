import { DomainError } from '@egov/errors';
import { describe, expect, it } from 'vitest';
import type { Measure } from './indicator';
import { observationSchema, validateObservation, type ObservationInput } from './observation';

const sameDayNewspapers: ObservationInput = {
  indicatorCode: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE',
  period: '2020-H1',
  areaCode: '20',
  value: 94,
  numerator: 187,
  denominator: 200,
  target: null,
  status: 'provisional',
  sourceQuote: '187/200 xã, đạt tỷ lệ 94%',
  factId: 'F15',
  ownerUnitCode: 'so-tttt',
  noteVi: null,
  noteEn: null,
};
const percent = { code: 'POST_SAME_DAY_NEWSPAPER_COMMUNES_RATE', measure: 'percent' as Measure };
const count = (value: number): ObservationInput => ({
  ...sameDayNewspapers,
  indicatorCode: 'POST_SERVICE_POINTS',
  value,
  numerator: null,
  denominator: null,
});

/** The fields a VALIDATION error points at, or [] when the figure is accepted. */
const refused = (measure: Measure, input: ObservationInput) => {
  try {
    validateObservation({ code: input.indicatorCode, measure }, input);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION');
    return (error as DomainError).issues.map((issue) => issue.field.join('.'));
  }
};

describe('observationSchema', () => {
  it('accepts a percentage given with its parts', () => {
    expect(observationSchema.parse(sameDayNewspapers)).toEqual(sameDayNewspapers);
  });

  it.each([
    ['a numerator without denominator', { denominator: null }, 'denominator'],
    ['a denominator without numerator', { numerator: null }, 'numerator'],
    ['a zero denominator', { numerator: 0, denominator: 0 }, 'denominator'],
    ['more communes than there are', { numerator: 201 }, 'numerator'],
    ['a fractional numerator', { numerator: 186.5 }, 'numerator'],
    ['a negative denominator', { denominator: -200 }, 'denominator'],
    ['a period that is not one', { period: '2020-H3' }, 'period'],
    ['an area that is not a GSO code', { areaCode: 'LS' }, 'areaCode'],
    ['a fact id without its F', { factId: '15' }, 'factId'],
    ['an unknown status', { status: 'draft' }, 'status'],
    ['a figure without its source words', { sourceQuote: '' }, 'sourceQuote'],
    ['an infinite value', { value: Number.POSITIVE_INFINITY }, 'value'],
  ])('refuses %s', (_, change, field) => {
    const result = observationSchema.safeParse({ ...sameDayNewspapers, ...change });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('validateObservation against the measure', () => {
  it('accepts the figures of the report', () => {
    expect(validateObservation(percent, sameDayNewspapers).value).toBe(94);
    expect(refused('count', count(238))).toEqual([]);
    expect(refused('amount_vnd', count(60_000_000))).toEqual([]);
    expect(refused('per_100_inhabitants', count(105))).toEqual([]);
    expect(refused('inhabitants_per_point', count(3555.5))).toEqual([]);
    expect(refused('percent', count(0))).toEqual([]);
    expect(refused('percent', count(100))).toEqual([]);
  });

  it('refuses a percentage over 100 or below 0, and a target that is', () => {
    expect(refused('percent', { ...sameDayNewspapers, value: 100.1 })).toEqual(['value']);
    expect(refused('percent', { ...sameDayNewspapers, value: -1 })).toEqual(['value']);
    expect(refused('percent', { ...sameDayNewspapers, target: 130 })).toEqual(['target']);
  });

  it('refuses a negative or fractional count or amount', () => {
    expect(refused('count', count(-1))).toEqual(['value']);
    expect(refused('count', count(238.5))).toEqual(['value']);
    expect(refused('amount_vnd', count(60_000_000.5))).toEqual(['value']);
    expect(refused('count', { ...count(3), target: 2.5 })).toEqual(['target']);
  });

  it('refuses a negative density but not a fractional one', () => {
    expect(refused('per_100_inhabitants', count(-0.1))).toEqual(['value']);
    expect(refused('inhabitants_per_point', count(-3555))).toEqual(['value']);
    expect(refused('per_100_inhabitants', count(12.4))).toEqual([]);
  });

  it('refuses parts on a figure that is not a percentage', () => {
    expect(refused('count', { ...count(187), numerator: 187, denominator: 200 })).toEqual(['numerator']);
  });

  it('refuses a figure filed under another indicator', () => {
    expect(() => validateObservation({ code: 'OTHER', measure: 'percent' }, sameDayNewspapers)).toThrow(/not to OTHER/);
  });

  it('lists every wrong field at once', () => {
    expect(refused('percent', { ...sameDayNewspapers, value: 140, target: -3, numerator: 300 }).sort()).toEqual([
      'numerator',
      'target',
      'value',
    ]);
  });
});
