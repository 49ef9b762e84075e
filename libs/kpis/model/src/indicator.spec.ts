import { describe, expect, it } from 'vitest';
import { indicatorSchema, type IndicatorInput } from './indicator';

const telephoneDensity: IndicatorInput = {
  code: 'TELECOM_PHONE_DENSITY',
  nameVi: 'Mật độ thuê bao điện thoại',
  nameEn: 'Telephone density',
  field: 'telecom',
  unitVi: 'thuê bao/100 dân',
  unitEn: 'subscribers per 100 inhabitants',
  measure: 'per_100_inhabitants',
  direction: 'higher_is_better',
  definitionVi: 'Số thuê bao điện thoại trên 100 dân.',
  definitionEn: 'Telephone subscribers per 100 inhabitants.',
  legalBasis: null,
  baseIndicatorCode: 'TELECOM_PHONE_SUBSCRIBERS',
};

const issueFields = (input: unknown) => {
  const result = indicatorSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('indicatorSchema', () => {
  it('accepts a density computed on a count of subscribers', () => {
    expect(indicatorSchema.parse(telephoneDensity)).toEqual(telephoneDensity);
  });

  it.each([
    ['a code in lower case', { code: 'telecom_phone_density' }, 'code'],
    ['a code with spaces', { code: 'PHONE DENSITY' }, 'code'],
    ['an unknown field', { field: 'health' }, 'field'],
    ['an unknown measure', { measure: 'ratio' }, 'measure'],
    ['an unknown direction', { direction: 'up' }, 'direction'],
    ['an empty definition', { definitionEn: ' ' }, 'definitionEn'],
    ['a base count on a plain count', { measure: 'count' }, 'baseIndicatorCode'],
    ['an indicator based on itself', { baseIndicatorCode: 'TELECOM_PHONE_DENSITY' }, 'baseIndicatorCode'],
  ])('refuses %s', (_, change, field) => {
    expect(issueFields({ ...telephoneDensity, ...change })).toContain(field);
  });
});
