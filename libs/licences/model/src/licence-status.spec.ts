import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LicenceFields } from './licence';
import { licenceStatus, licenceStatuses, revokeLicence } from './licence-status';

const licence: LicenceFields = {
  type: 'non_commercial_publication',
  number: '59/GP-STTTT',
  holderName: 'Sở Y tế tỉnh Lạng Sơn',
  holderAddress: null,
  subjectVi: 'Tài liệu tuyên truyền phòng chống dịch Covid-19',
  issuedOn: '2020-04-01',
  validFrom: '2020-04-01',
  validUntil: '2020-12-31',
  revokedOn: null,
  revocationReason: null,
  issuerUnitCode: 'so-tttt',
  isSample: true,
};

describe('licenceStatus', () => {
  it('is valid through its last day and expired after it', () => {
    expect(licenceStatus(licence, '2020-06-30')).toBe('valid');
    expect(licenceStatus(licence, '2020-12-31')).toBe('valid');
    expect(licenceStatus(licence, '2021-01-01')).toBe('expired');
    expect(licenceStatus({ ...licence, validUntil: null }, '2099-01-01')).toBe('valid');
  });

  it('is revoked from the day of revocation, even after it would have expired', () => {
    const revoked = { ...licence, revokedOn: '2020-08-15', revocationReason: 'Vi phạm nội dung' };
    expect(licenceStatus(revoked, '2020-08-14')).toBe('valid');
    expect(licenceStatus(revoked, '2020-08-15')).toBe('revoked');
    expect(licenceStatus(revoked, '2021-06-01')).toBe('revoked');
  });

  const day = fc
    .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
  const dates = fc.record({ validUntil: fc.option(day), revokedOn: fc.option(day) });

  it('gives exactly one status, and once expired or revoked never valid again', () => {
    fc.assert(
      fc.property(dates, day, day, (licenceDates, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const before = licenceStatus(licenceDates, earlier);
        const after = licenceStatus(licenceDates, later);
        expect(licenceStatuses).toContain(before);
        expect(licenceStatuses.filter((status) => status === after)).toHaveLength(1);
        if (before !== 'valid') expect(after).not.toBe('valid');
        if (before === 'revoked') expect(after).toBe('revoked');
      }),
    );
  });

  it('says revoked exactly when a revocation day has come, and expired only past the last valid day', () => {
    fc.assert(
      fc.property(dates, day, (licenceDates, today) => {
        const status = licenceStatus(licenceDates, today);
        const revokedBy = licenceDates.revokedOn !== null && licenceDates.revokedOn <= today;
        expect(status === 'revoked').toBe(revokedBy);
        if (status === 'expired') expect(licenceDates.validUntil! < today).toBe(true);
      }),
    );
  });
});

describe('revokeLicence', () => {
  it('records the day and the reason', () => {
    expect(revokeLicence(licence, { revokedOn: '2020-08-15', reason: 'Vi phạm nội dung' })).toMatchObject({
      revokedOn: '2020-08-15',
      revocationReason: 'Vi phạm nội dung',
    });
  });

  it('refuses to revoke a licence twice', () => {
    const revoked = revokeLicence(licence, { revokedOn: '2020-08-15', reason: 'Vi phạm nội dung' });
    expect(() => revokeLicence(revoked, { revokedOn: '2020-09-01', reason: 'Lần nữa' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });

  it('refuses a day before the licence was issued, and a blank reason', () => {
    expect(() => revokeLicence(licence, { revokedOn: '2020-03-01', reason: 'Sai sót' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ field: ['revokedOn'] })] }),
    );
    expect(() => revokeLicence(licence, { revokedOn: '2020-08-15', reason: ' ' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
  });
});
