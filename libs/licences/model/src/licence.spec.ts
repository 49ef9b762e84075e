import { describe, expect, it } from 'vitest';
import { licenceSchema, licenceTypeLabels, licenceTypes, type LicenceInput } from './licence';

const bulletinLicence: LicenceInput = {
  type: 'bulletin_publishing',
  number: '03/GP-STTTT',
  holderName: 'Hội Nông dân tỉnh Lạng Sơn',
  holderAddress: 'Thành phố Lạng Sơn',
  subjectVi: 'Bản tin Nông dân Lạng Sơn',
  issuedOn: '2020-03-10',
  validFrom: '2020-03-10',
  validUntil: '2021-03-09',
  revokedOn: null,
  revocationReason: null,
  issuerUnitCode: 'so-tttt',
  isSample: true,
};

const issueFields = (input: unknown) => {
  const result = licenceSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('licenceSchema', () => {
  it('accepts a bulletin publishing licence, and one with no end date', () => {
    expect(licenceSchema.parse(bulletinLicence)).toEqual(bulletinLicence);
    expect(issueFields({ ...bulletinLicence, validUntil: null })).toEqual([]);
  });

  it.each([
    ['taking effect before it is issued', { validFrom: '2020-03-09' }, 'validFrom'],
    ['ending before it takes effect', { validUntil: '2020-03-01' }, 'validUntil'],
    ['revoked before it is issued', { revokedOn: '2020-01-01', revocationReason: 'Sai sót' }, 'revokedOn'],
    ['a revocation without a reason', { revokedOn: '2020-05-01' }, 'revocationReason'],
    ['a reason without a revocation', { revocationReason: 'Vi phạm' }, 'revokedOn'],
    ['a blank number', { number: '  ' }, 'number'],
    ['an unknown type', { type: 'broadcasting' }, 'type'],
    ['a date that is not a day', { issuedOn: '10/03/2020' }, 'issuedOn'],
  ])('refuses a licence %s', (_, change, field) => {
    expect(issueFields({ ...bulletinLicence, ...change })).toContain(field);
  });

  it('names every type in Vietnamese and English', () => {
    for (const type of licenceTypes) {
      expect(licenceTypeLabels[type].vi).toMatch(/^Giấy (phép|chứng nhận)/);
      expect(licenceTypeLabels[type].en).not.toBe('');
    }
  });
});
