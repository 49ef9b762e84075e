import { describe, expect, it } from 'vitest';
import { applicantSchema, dossierSchema, receiveDossierSchema } from './dossier';
import { applicant, receivedDossier } from './dossier-fixtures';

const issueFields = (input: unknown) => {
  const result = dossierSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('dossierSchema', () => {
  it('accepts a dossier received at the desk', () => {
    expect(issueFields(receivedDossier())).toEqual([]);
  });

  it.each([
    ['a due date before the day of receipt', { dueOn: '2020-06-25' }, 'dueOn'],
    ['a return channel before the result is returned', { returnChannel: 'postal' as const }, 'returnChannel'],
    ['a returned dossier without its return channel', { state: 'returned' as const }, 'returnChannel'],
    ['a supplement request outside the supplement state', { supplement: { reason: 'Thiếu bản thảo', deadline: '2020-07-01' } }, 'supplement'],
    ['a dossier awaiting papers without saying which', { state: 'supplement_requested' as const }, 'supplement'],
    ['an unknown state', { state: 'archived' }, 'state'],
    ['a badly formed code', { code: 'HS-1' }, 'code'],
    [
      'a state that is not where its history led',
      { history: [{ from: 'received', to: 'processing', at: '2020-06-26T10:00:00+07:00', actor: 'cb', note: null, supplement: null }] },
      'state',
    ],
  ])('refuses %s', (_, change, field) => {
    expect(issueFields({ ...receivedDossier(), ...change })).toContain(field);
  });
});

describe('applicantSchema', () => {
  it.each([
    ['an identity number of 10 digits', { idNumber: '0201870012' }, 'idNumber'],
    ['a phone number with letters', { phone: '09123abc78' }, 'phone'],
    ['an email without a domain', { email: 'lan@' }, 'email'],
    ['a blank name', { fullName: '  ' }, 'fullName'],
  ])('refuses %s', (_, change, field) => {
    const result = applicantSchema.safeParse({ ...applicant, ...change });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('accepts an old 9-digit identity number, an international phone and no email', () => {
    expect(applicantSchema.safeParse({ ...applicant, idNumber: '082123456', phone: '+84912345678', email: null }).success).toBe(true);
  });
});

describe('receiveDossierSchema', () => {
  it('accepts a postal dossier without a time of receipt (now) and refuses an unknown channel', () => {
    expect(receiveDossierSchema.safeParse({ procedureCode: 'LSN-TTTT-01', channel: 'postal', applicant }).success).toBe(true);
    expect(receiveDossierSchema.safeParse({ procedureCode: 'LSN-TTTT-01', channel: 'fax', applicant }).success).toBe(false);
  });
});
