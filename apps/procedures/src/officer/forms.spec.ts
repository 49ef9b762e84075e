import { describe, expect, it } from 'vitest';
import {
  emptyLicenceForm,
  emptyReceiveForm,
  emptyTransitionForm,
  validateLicenceForm,
  validateReceiveForm,
  validateRevokeForm,
  validateTransitionForm,
} from './forms';

const fieldsOf = (problems: Array<{ field: string }>) => problems.map((problem) => problem.field);

describe('receiving a dossier', () => {
  const filled = { procedureCode: 'LSN-TTTT-01', channel: 'POSTAL' as const, fullName: 'Nông Văn Bình', idNumber: '020090001111', phone: '0987 654 321', email: '', address: 'Xã Hoàng Đồng' };

  it('accepts a complete receipt, with a phone written in groups and no email', () => {
    expect(validateReceiveForm(filled)).toEqual([]);
  });

  it('names every missing or malformed field of an empty form', () => {
    expect(fieldsOf(validateReceiveForm(emptyReceiveForm))).toEqual([
      'procedureCode',
      'channel',
      'applicant.fullName',
      'applicant.idNumber',
      'applicant.phone',
      'applicant.address',
    ]);
  });

  it('refuses an identity number of the wrong length, a foreign phone and a broken email', () => {
    expect(fieldsOf(validateReceiveForm({ ...filled, idNumber: '12345', phone: '+1 555 0100', email: 'binh@' }))).toEqual([
      'applicant.idNumber',
      'applicant.phone',
      'applicant.email',
    ]);
  });
});

describe('moving a dossier', () => {
  const allowed = ['SUPPLEMENT_REQUESTED', 'PROCESSED', 'STOPPED'] as const;

  it('offers only the allowed next states', () => {
    expect(fieldsOf(validateTransitionForm({ ...emptyTransitionForm, to: 'RETURNED', returnChannel: 'POSTAL' }, allowed, '2020-07-06'))).toEqual(['to']);
    expect(validateTransitionForm({ ...emptyTransitionForm, to: 'PROCESSED' }, allowed, '2020-07-06')).toEqual([]);
  });

  it('asks for a reason and a deadline after today when requesting more papers', () => {
    const request = { ...emptyTransitionForm, to: 'SUPPLEMENT_REQUESTED' as const };
    expect(fieldsOf(validateTransitionForm(request, allowed, '2020-07-06'))).toEqual(['supplement.reason', 'supplement.deadline']);
    expect(fieldsOf(validateTransitionForm({ ...request, reason: 'Thiếu bản thảo', deadline: '2020-07-06' }, allowed, '2020-07-06'))).toEqual(['supplement.deadline']);
    expect(validateTransitionForm({ ...request, reason: 'Thiếu bản thảo', deadline: '2020-07-13' }, allowed, '2020-07-06')).toEqual([]);
  });

  it('asks how a result goes back', () => {
    expect(fieldsOf(validateTransitionForm({ ...emptyTransitionForm, to: 'RETURNED' }, ['RETURNED'], '2020-07-06'))).toEqual(['returnChannel']);
  });
});

describe('issuing and revoking a licence', () => {
  const licence = { ...emptyLicenceForm('2020-07-06'), type: 'BULLETIN_PUBLISHING' as const, number: '04/GP-STTTT', holderName: 'Hội Nông dân tỉnh', subjectVi: 'Bản tin Nông dân' };

  it('accepts a licence with the number as printed, in force from the day of issue', () => {
    expect(validateLicenceForm(licence)).toEqual([]);
    expect(validateLicenceForm({ ...licence, number: '15/2021/GP-STTTT', validUntil: '2025-07-06' })).toEqual([]);
  });

  it('refuses a number not written as printed and days in the wrong order', () => {
    expect(fieldsOf(validateLicenceForm({ ...licence, number: '04 GP STTTT', validFrom: '2020-07-01', validUntil: '2020-06-30' }))).toEqual([
      'number',
      'validFrom',
      'validUntil',
    ]);
    expect(fieldsOf(validateLicenceForm({ ...licence, issuedOn: '2020-02-30' }))).toEqual(['issuedOn']);
  });

  it('revokes from the day of issue on, with a reason', () => {
    expect(validateRevokeForm({ revokedOn: '2020-07-06', reason: 'Vi phạm' }, '2020-07-06')).toEqual([]);
    expect(fieldsOf(validateRevokeForm({ revokedOn: '2020-07-05', reason: ' ' }, '2020-07-06'))).toEqual(['revokedOn', 'reason']);
  });
});
