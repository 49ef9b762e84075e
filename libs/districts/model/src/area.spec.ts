import { describe, expect, it } from 'vitest';
import { areaSchema, type AreaInput } from './area';

const chiLang: AreaInput = {
  code: '187',
  level: 'district',
  kind: 'district',
  nameVi: 'Huyện Chi Lăng',
  nameEn: 'Chi Lang District',
  parentCode: '20',
  communesCount: 20,
  validFrom: null,
  validTo: '2025-06-30',
};

const fieldsOfIssues = (input: unknown) => {
  const result = areaSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('areaSchema', () => {
  it('accepts a district-level unit with its province and commune count', () => {
    expect(areaSchema.parse(chiLang)).toEqual(chiLang);
  });

  it.each([
    ['a code that is not a GSO code', { code: 'CL' }, 'code'],
    ['a negative commune count', { communesCount: -1 }, 'communesCount'],
    ['a fractional commune count', { communesCount: 2.5 }, 'communesCount'],
    ['a district without province', { parentCode: null }, 'parentCode'],
    ['an end before the start', { validFrom: '2026-01-01' }, 'validTo'],
    ['a date that is not a date', { validTo: '30/06/2025' }, 'validTo'],
    ['an empty name', { nameVi: '  ' }, 'nameVi'],
  ])('refuses %s', (_, change, field) => {
    expect(fieldsOfIssues({ ...chiLang, ...change })).toContain(field);
  });

  it('refuses a province with a parent, and a province kind on a district', () => {
    expect(fieldsOfIssues({ ...chiLang, level: 'province', kind: 'province' })).toContain('parentCode');
    expect(fieldsOfIssues({ ...chiLang, kind: 'province' })).toContain('kind');
  });
});
