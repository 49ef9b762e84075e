import { describe, expect, it } from 'vitest';
import { licenceNumberSchema, licenceSchema, licenceTypeLabels, licenceTypes, type LicenceInput } from './licence';
import { LICENCE_NUMBER_MAX_LENGTH } from './licence-number';

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

  it.each(['03/GP-STTTT', '12/GP-XBBT', '145/GCN-TTTT', '01/GCN-STTTT', '15/2021/GP-STTTT', '07/QĐ-STTTT', ' 03/GP-STTTT '])(
    'accepts the licence number %j',
    (number) => {
      expect(licenceNumberSchema.parse(number)).toBe(number.trim());
    },
  );

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['SQL', '1 or 1=1'],
    ['a quote', "03/GP-STTTT'"],
    ['no slash', '03GP-STTTT'],
    ['no serial', '/GP-STTTT'],
    ['lower case', '03/gp-stttt'],
    ['a space inside', '03/GP STTTT'],
    ['a trailing hyphen', '03/GP-'],
    ['doubled hyphens', '03/GP--STTTT'],
    ['a serial of seven digits', '1234567/GP-STTTT'],
    ['too long a number', `1/${'A'.repeat(LICENCE_NUMBER_MAX_LENGTH)}`],
    ['nothing but spaces', '  '],
    ['oversize junk, told once', 'x'.repeat(61)],
  ])('refuses a licence number with %s', (_, number) => {
    expect(issueFields({ ...bulletinLicence, number })).toEqual(['number']);
  });

  it('names every type in Vietnamese and English', () => {
    for (const type of licenceTypes) {
      expect(licenceTypeLabels[type].vi).toMatch(/^Giấy (phép|chứng nhận)/);
      expect(licenceTypeLabels[type].en).not.toBe('');
    }
  });
});
