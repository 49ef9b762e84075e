import { describe, expect, it } from 'vitest';
import { checkObservationForm, parseLocaleNumber, type ObservationFormValues } from './observation-form';

const values = (extra: Partial<ObservationFormValues> = {}): ObservationFormValues => ({
  indicatorCode: 'IT_ONLINE_SERVICES_LEVEL4_RATE',
  period: '2020-H1',
  areaCode: '20',
  value: '32,4',
  numerator: '',
  denominator: '',
  target: '30',
  status: 'PROVISIONAL',
  sourceQuote: 'đạt 32,4%',
  noteVi: '',
  ...extra,
});
const check = (extra: Partial<ObservationFormValues>, measure: 'PERCENT' | 'COUNT' | 'PER_100_INHABITANTS' = 'PERCENT', version: number | null = null) =>
  checkObservationForm(values(extra), { measure, periodCodes: ['2020-H1'], language: 'vi', version });

describe('numbers as people type them', () => {
  it('reads Vietnamese decimals and thousands', () => {
    expect(['32,4', '10.641', '819.000', '1.234.567,5', ' 16,2 ', '3555', '32.4'].map((text) => parseLocaleNumber(text, 'vi'))).toEqual([32.4, 10641, 819000, 1234567.5, 16.2, 3555, 32.4]);
  });

  it('reads English decimals and thousands', () => {
    expect(['32.4', '10,641', '1,234,567.5'].map((text) => parseLocaleNumber(text, 'en'))).toEqual([32.4, 10641, 1234567.5]);
  });

  it('refuses what is not a number', () => {
    expect(['', 'nhiều', '1,2,3', '12a', '1.2,3.4', 'Infinity'].map((text) => parseLocaleNumber(text, 'vi'))).toEqual([null, null, null, null, null, null]);
  });
});

describe('the observation form', () => {
  it('sends a valid figure as the mutation input, naming the version when correcting', () => {
    expect(check({}, 'PERCENT', 2)).toEqual({
      problems: null,
      input: { indicatorCode: 'IT_ONLINE_SERVICES_LEVEL4_RATE', period: '2020-H1', areaCode: '20', value: 32.4, numerator: null, denominator: null, targetValue: 30, status: 'PROVISIONAL', sourceQuote: 'đạt 32,4%', noteVi: null, version: 2 },
    });
    expect(check({}).input).not.toHaveProperty('version');
  });

  it('keeps a percentage within 0–100, the target too', () => {
    expect(check({ value: '120' }).problems).toEqual({ value: 'percentRange' });
    expect(check({ value: '-1' }).problems).toEqual({ value: 'percentRange' });
    expect(check({ target: '100,5' }).problems).toEqual({ target: 'percentRange' });
    expect(check({ value: '100' }).problems).toBeNull();
  });

  it('keeps counts whole and not negative', () => {
    expect(check({ value: '4,5', target: '' }, 'COUNT').problems).toEqual({ value: 'wholeNotNegative' });
    expect(check({ value: '-3', target: '' }, 'COUNT').problems).toEqual({ value: 'wholeNotNegative' });
    expect(check({ value: '10.641', target: '' }, 'COUNT').input?.value).toBe(10641);
    expect(check({ value: '-3', target: '' }, 'PER_100_INHABITANTS').problems).toEqual({ value: 'notNegative' });
  });

  it('asks for a period that exists, an area, a value and a source', () => {
    expect(check({ period: '2021-H1' }).problems).toEqual({ period: 'unknownPeriod' });
    expect(check({ period: '', areaCode: '', value: ' ', sourceQuote: '  ' }).problems).toEqual({ period: 'choosePeriod', areaCode: 'chooseArea', value: 'enterValue', sourceQuote: 'enterSourceQuote' });
    expect(check({ value: 'ba mươi' }).problems).toEqual({ value: 'notANumber' });
  });

  it('checks the parts of a ratio: both or neither, whole, the part not above the whole', () => {
    expect(check({ value: '94', numerator: '187', denominator: '200' }).input).toMatchObject({ numerator: 187, denominator: 200 });
    expect(check({ numerator: '187' }).problems).toEqual({ denominator: 'ratioBoth' });
    expect(check({ numerator: '201', denominator: '200' }).problems).toEqual({ numerator: 'numeratorAboveDenominator' });
    expect(check({ numerator: '1', denominator: '0' }).problems).toEqual({ denominator: 'denominatorPositive' });
    expect(check({ numerator: '1,5', denominator: '2' }).problems).toEqual({ numerator: 'ratioWhole' });
    expect(check({ value: '5', target: '', numerator: '1', denominator: '2' }, 'COUNT').problems).toEqual({ numerator: 'ratioOnlyForPercent' });
  });
});
