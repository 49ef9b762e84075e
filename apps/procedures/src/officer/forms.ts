import type { ChannelValue, DossierStateValue, LicenceTypeValue } from '@egov/client-operations/procedures';
import { LICENCE_NUMBER_PATTERN } from '@egov/licences-model';
import { ID_NUMBER_PATTERN, PHONE_PATTERN } from '@egov/procedures-model';

/** A form's problems: the field's path (`applicant.phone`) and the key of the message that says how to fix it. */
export type FormProblems<Key extends string = string> = Array<{ field: string; message: Key }>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export interface ReceiveFormValues {
  procedureCode: string;
  channel: ChannelValue | '';
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
}

export const emptyReceiveForm: ReceiveFormValues = { procedureCode: '', channel: '', fullName: '', idNumber: '', phone: '', email: '', address: '' };

/** What the desk must fix before a dossier can be received (the gateway checks again). */
export function validateReceiveForm(values: ReceiveFormValues): FormProblems {
  const problems: FormProblems = [];
  if (!values.procedureCode) problems.push({ field: 'procedureCode', message: 'errProcedure' });
  if (!values.channel) problems.push({ field: 'channel', message: 'errChannel' });
  if (!values.fullName.trim()) problems.push({ field: 'applicant.fullName', message: 'errFullName' });
  if (!ID_NUMBER_PATTERN.test(values.idNumber.trim())) problems.push({ field: 'applicant.idNumber', message: 'errIdNumber' });
  if (!PHONE_PATTERN.test(values.phone.replace(/[\s.]/g, ''))) problems.push({ field: 'applicant.phone', message: 'errPhone' });
  if (values.email.trim() && !EMAIL.test(values.email.trim())) problems.push({ field: 'applicant.email', message: 'errEmail' });
  if (!values.address.trim()) problems.push({ field: 'applicant.address', message: 'errAddress' });
  return problems;
}

export interface TransitionFormValues {
  to: DossierStateValue | '';
  note: string;
  reason: string;
  deadline: string;
  returnChannel: ChannelValue | '';
}

export const emptyTransitionForm: TransitionFormValues = { to: '', note: '', reason: '', deadline: '', returnChannel: '' };

/** What an officer must give for a move: a reason and a later deadline for more papers, a channel for a result. */
export function validateTransitionForm(values: TransitionFormValues, allowed: readonly DossierStateValue[], today: string): FormProblems {
  const problems: FormProblems = [];
  if (!values.to || !allowed.includes(values.to)) problems.push({ field: 'to', message: 'errTo' });
  if (values.to === 'SUPPLEMENT_REQUESTED') {
    if (!values.reason.trim()) problems.push({ field: 'supplement.reason', message: 'errReason' });
    if (!isDate(values.deadline) || values.deadline <= today) problems.push({ field: 'supplement.deadline', message: 'errDeadline' });
  }
  if (values.to === 'RETURNED' && !values.returnChannel) problems.push({ field: 'returnChannel', message: 'errReturnChannel' });
  return problems;
}

export interface LicenceFormValues {
  type: LicenceTypeValue | '';
  number: string;
  holderName: string;
  holderAddress: string;
  subjectVi: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string;
}

export const emptyLicenceForm = (today: string): LicenceFormValues => ({
  type: '',
  number: '',
  holderName: '',
  holderAddress: '',
  subjectVi: '',
  issuedOn: today,
  validFrom: '',
  validUntil: '',
});

/** What must be right before a licence is entered in the register. */
export function validateLicenceForm(values: LicenceFormValues): FormProblems {
  const problems: FormProblems = [];
  if (!values.type) problems.push({ field: 'type', message: 'errLicenceType' });
  if (!LICENCE_NUMBER_PATTERN.test(values.number.trim())) problems.push({ field: 'number', message: 'errLicenceNumber' });
  if (!values.holderName.trim()) problems.push({ field: 'holderName', message: 'errHolder' });
  if (!values.subjectVi.trim()) problems.push({ field: 'subjectVi', message: 'errSubject' });
  const issued = isDate(values.issuedOn);
  if (!issued) problems.push({ field: 'issuedOn', message: 'errIssuedOn' });
  const from = values.validFrom ? values.validFrom : values.issuedOn;
  if (values.validFrom && (!isDate(values.validFrom) || (issued && values.validFrom < values.issuedOn))) {
    problems.push({ field: 'validFrom', message: 'errValidFrom' });
  }
  if (values.validUntil && (!isDate(values.validUntil) || values.validUntil < from)) problems.push({ field: 'validUntil', message: 'errValidUntil' });
  return problems;
}

/** What revoking needs: a day not before the licence was issued, and a reason. */
export function validateRevokeForm(values: { revokedOn: string; reason: string }, issuedOn: string): FormProblems {
  const problems: FormProblems = [];
  if (!isDate(values.revokedOn) || values.revokedOn < issuedOn) problems.push({ field: 'revokedOn', message: 'errRevokedOn' });
  if (!values.reason.trim()) problems.push({ field: 'reason', message: 'errRevokeReason' });
  return problems;
}
