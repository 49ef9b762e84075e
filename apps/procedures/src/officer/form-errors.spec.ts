import { describe, expect, it } from 'vitest';
import { formErrors, type FieldSpecs } from './form-errors';
import { officerMessages } from './officer-messages';

const specs: FieldSpecs = {
  number: { id: 'issue-number', message: 'errLicenceNumber' },
  holderName: { id: 'issue-holder', message: 'errHolder' },
};
const vi = (key: keyof typeof officerMessages.vi) => officerMessages.vi[key];

describe('a form’s errors', () => {
  it('puts each of the form’s own problems beside its field and in the summary, linked to the control', () => {
    const errors = formErrors([{ field: 'holderName', message: 'errHolder' }], [], specs, 'issue-type', vi);
    expect(errors.byField).toEqual({ holderName: 'Nhập tên tổ chức, cá nhân được cấp.' });
    expect(errors.summary).toEqual([{ fieldId: 'issue-holder', message: 'Nhập tên tổ chức, cá nhân được cấp.' }]);
  });

  it('words the gateway’s refusals in the reader’s language: a duplicate number, a stale version for the whole form', () => {
    const errors = formErrors(
      [],
      [
        { field: 'number', code: 'DUPLICATE', message: 'Licence 04/GP-STTTT already exists' },
        { field: 'version', code: 'CONFLICT', message: 'licence was changed (version 2, expected 1)' },
      ],
      specs,
      'issue-type',
      vi,
    );
    expect(errors.byField).toEqual({ number: 'Số giấy phép này đã có trong sổ.' });
    expect(errors.summary).toEqual([
      { fieldId: 'issue-number', message: 'Số giấy phép này đã có trong sổ.' },
      { fieldId: 'issue-type', message: officerMessages.vi.conflict },
    ]);
  });

  it('gives the field’s own advice for a validation refusal, and the gateway’s words for a field the form does not know', () => {
    const errors = formErrors(
      [],
      [
        { field: 'number', code: 'VALIDATION', message: 'A licence number is digits, a slash…' },
        { field: 'issuerUnitCode', code: 'VALIDATION', message: 'There is no unit "x".' },
      ],
      specs,
      'issue-type',
      vi,
    );
    expect(errors.summary.map((error) => error.message)).toEqual(['Số giấy phép viết như trên giấy phép, ví dụ 04/GP-STTTT.', 'There is no unit "x".']);
    expect(errors.summary[1]?.fieldId).toBe('issue-type');
  });
});
