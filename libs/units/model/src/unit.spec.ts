import { describe, expect, it } from 'vitest';
import { unitSchema, type UnitInput } from './unit';

const inspectorate: UnitInput = {
  code: 'thanh-tra-so',
  kind: 'inspectorate',
  nameVi: 'Thanh tra Sở',
  nameEn: 'Department Inspectorate',
  parentCode: 'so-tttt',
  areaCode: null,
  descriptionVi: null,
  website: null,
  sourceQuote: null,
};

const issueFields = (input: unknown) => {
  const result = unitSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('unitSchema', () => {
  it('accepts a division of the department', () => {
    expect(unitSchema.parse(inspectorate)).toEqual(inspectorate);
  });

  it.each([
    ['a code with capitals or diacritics', { code: 'Thanh-Tra-Sở' }, 'code'],
    ['a unit that is its own parent', { parentCode: 'thanh-tra-so' }, 'parentCode'],
    ['a district body without its district', { kind: 'district_committee' }, 'areaCode'],
    ['a website that is not http(s)', { website: 'javascript:alert(1)' }, 'website'],
    ['an unknown kind', { kind: 'ministry' }, 'kind'],
  ])('refuses %s', (_, change, field) => {
    expect(issueFields({ ...inspectorate, ...change })).toContain(field);
  });
});
