import type { UserErrorFields } from '@egov/client-operations/procedures';
import { describe, expect, it } from 'vitest';
import { ownProblems, refusalProblems, wordProblem, type FieldSpecs, type OfficerProblem } from './form-errors';
import { officerMessages } from './officer-messages';

const specs: FieldSpecs = {
  number: { id: 'issue-number', message: 'errLicenceNumber' },
  holderName: { id: 'issue-holder', message: 'errHolder' },
  'applicant.phone': { id: 'receive-phone', message: 'errPhone' },
};
const vi = (key: keyof typeof officerMessages.vi) => officerMessages.vi[key];
const refusal = (field: string[], code: UserErrorFields['code'], message: string): UserErrorFields => ({ __typename: 'UserError', field, code, message });

/** What the page shows: the summary's links, and the message beside each control. */
const shown = (problems: OfficerProblem[]) => ({
  summary: problems.map((problem) => ({ fieldId: problem.fieldId, message: wordProblem(problem, vi) })),
  beside: Object.fromEntries(problems.filter((problem) => problem.beside).map((problem) => [problem.fieldId, wordProblem(problem, vi)])),
});

describe('a form’s errors', () => {
  it('puts each of the form’s own problems beside its field and in the summary, linked to the control', () => {
    expect(shown(ownProblems([{ field: 'holderName', message: 'errHolder' }], specs, 'issue-type'))).toEqual({
      summary: [{ fieldId: 'issue-holder', message: 'Nhập tên tổ chức, cá nhân được cấp.' }],
      beside: { 'issue-holder': 'Nhập tên tổ chức, cá nhân được cấp.' },
    });
  });

  it('words the gateway’s refusals in the reader’s language: a duplicate number, a stale version for the whole form', () => {
    const problems = refusalProblems(
      [refusal(['input', 'number'], 'DUPLICATE', 'Licence 04/GP-STTTT already exists'), refusal(['input', 'version'], 'CONFLICT', 'licence was changed (version 2, expected 1)')],
      specs,
      'issue-type',
    );
    expect(shown(problems)).toEqual({
      summary: [
        { fieldId: 'issue-number', message: 'Số giấy phép này đã có trong sổ.' },
        { fieldId: 'issue-type', message: officerMessages.vi.conflict },
      ],
      beside: { 'issue-number': 'Số giấy phép này đã có trong sổ.' },
    });
  });

  it('gives the field’s own advice for a validation refusal, and the gateway’s words for a field the form does not know', () => {
    const problems = refusalProblems(
      [refusal(['input', 'number'], 'VALIDATION', 'A licence number is digits, a slash…'), refusal(['input', 'issuerUnitCode'], 'VALIDATION', 'There is no unit "x".')],
      specs,
      'issue-type',
    );
    expect(shown(problems).summary).toEqual([
      { fieldId: 'issue-number', message: 'Số giấy phép viết như trên giấy phép, ví dụ 04/GP-STTTT.' },
      { fieldId: 'issue-type', message: 'There is no unit "x".' },
    ]);
  });

  it('places a refusal on the field of the form its input path names, and one naming no field on the form’s first control', () => {
    const problems = refusalProblems([refusal(['input', 'applicant', 'phone'], 'VALIDATION', 'bad phone'), refusal([], 'CONFLICT', 'stale')], specs, 'receive-procedure');
    expect(problems.map(({ fieldId, beside }) => ({ fieldId, beside }))).toEqual([
      { fieldId: 'receive-phone', beside: true },
      { fieldId: 'receive-procedure', beside: false },
    ]);
  });
});
