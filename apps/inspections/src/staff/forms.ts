import type {
  EnforcementStatusCode,
  InspectionActivityCode,
  InspectionConcludeInput,
  InspectionFieldCode,
  InspectionKindCode,
  InspectionRecordInput,
  InspectionStatusCode,
  SanctionDecisionRecordInput,
  SubjectKindCode,
} from '@egov/client-operations/inspections';
import type { UserErrorFields } from '@egov/client-operations';
import { DOCUMENT_NUMBER_PATTERN, enforcementTransitions, MAX_FINE_VND, type EnforcementStatus } from '@egov/inspections-model';
import { placeRefusals } from '@egov/ui';
import type { staffMessages } from './staff-messages';

/** A key of the inspector's catalogue. */
export type StaffMessageKey = keyof (typeof staffMessages)['vi'];

/** A problem found in a form: the control's id and the message (key, with `{n}` for a row's number). */
export interface FormProblem {
  fieldId: string;
  key: StaffMessageKey;
  values?: Record<string, string | number>;
}

/** A document number as the model takes it ("12/QĐ-TTr"): the same rule on the form as in the register. */
const isDocumentNumber = (number: string) => DOCUMENT_NUMBER_PATTERN.test(number);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type FineParse = { ok: true; value: number } | { ok: false; key: StaffMessageKey };

/**
 * Reads a fine as an officer types it: digits, optionally grouped by thousands with dots (vi
 * "60.000.000"), commas (en "60,000,000") or spaces. A minus sign, a fraction ("1,5", "1500.5"), zero
 * or anything but digits is refused with the reason.
 */
export function parseFine(text: string): FineParse {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!compact) return { ok: false, key: 'errFineRequired' };
  if (/^[-−‒–]/.test(compact)) return { ok: false, key: 'errFineNegative' };
  const digits = /^\d+$/.test(compact)
    ? compact
    : /^\d{1,3}(\.\d{3})+$/.test(compact) || /^\d{1,3}(,\d{3})+$/.test(compact)
      ? compact.replace(/[.,]/g, '')
      : null;
  // Digits with a separator that is not a thousands grouping: a decimal fraction ("1,5", "1500.50").
  if (digits === null) return { ok: false, key: /^[\d.,]+$/.test(compact) && /\d/.test(compact) ? 'errFineFraction' : 'errFineNotNumber' };
  const value = Number(digits);
  if (value === 0) return { ok: false, key: 'errFineZero' };
  if (value > MAX_FINE_VND) return { ok: false, key: 'errFineTooLarge' };
  return { ok: true, value };
}

// ---------------------------------------------------------------- inspections

export interface SubjectRow {
  name: string;
  kind: SubjectKindCode | '';
}

/** What the inspection form holds, exactly as typed. */
export interface InspectionForm {
  decisionNumber: string;
  kind: InspectionKindCode | '';
  activity: InspectionActivityCode | '';
  field: InspectionFieldCode | '';
  subjects: SubjectRow[];
  startedOn: string;
  endedOn: string;
  status: InspectionStatusCode | '';
  conclusionVi: string;
  concludedOn: string;
}

export const emptyInspectionForm = (): InspectionForm => ({
  decisionNumber: '',
  kind: '',
  activity: '',
  field: '',
  subjects: [{ name: '', kind: 'ORGANISATION' }],
  startedOn: '',
  endedOn: '',
  status: 'IN_PROGRESS',
  conclusionVi: '',
  concludedOn: '',
});

/** The control ids of the inspection form (also where a server's refusal is shown). */
export const inspectionIds = {
  decisionNumber: 'tt-decision-number',
  kind: 'tt-kind',
  activity: 'tt-activity',
  field: 'tt-field',
  subjectName: (index: number) => `tt-subject-${index}-name`,
  subjectKind: (index: number) => `tt-subject-${index}-kind`,
  startedOn: 'tt-started-on',
  endedOn: 'tt-ended-on',
  status: 'tt-status',
  conclusionVi: 'tt-conclusion',
  concludedOn: 'tt-concluded-on',
} as const;

/** The checks of the conclusion's dates, shared by the inspection form and the conclusion form. */
function conclusionProblems(form: { startedOn: string; endedOn: string; conclusionVi: string; concludedOn: string }, ids: { conclusionVi: string; concludedOn: string }): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!form.conclusionVi.trim()) problems.push({ fieldId: ids.conclusionVi, key: 'errConclusionRequired' });
  if (!ISO_DATE.test(form.concludedOn)) problems.push({ fieldId: ids.concludedOn, key: 'errConcludedOnRequired' });
  else if (ISO_DATE.test(form.startedOn) && form.concludedOn < form.startedOn) problems.push({ fieldId: ids.concludedOn, key: 'errConcludedBeforeStart' });
  else if (ISO_DATE.test(form.endedOn) && form.concludedOn < form.endedOn) problems.push({ fieldId: ids.concludedOn, key: 'errConcludedBeforeEnd' });
  return problems;
}

/** Every problem of an inspection form, in the order of its controls. */
export function inspectionProblems(form: InspectionForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const number = form.decisionNumber.trim();
  if (!number) problems.push({ fieldId: inspectionIds.decisionNumber, key: 'errDecisionNumberRequired' });
  else if (!isDocumentNumber(number)) problems.push({ fieldId: inspectionIds.decisionNumber, key: 'errDecisionNumberFormat' });
  if (!form.kind) problems.push({ fieldId: inspectionIds.kind, key: 'errKindRequired' });
  if (!form.activity) problems.push({ fieldId: inspectionIds.activity, key: 'errActivityRequired' });
  if (!form.field) problems.push({ fieldId: inspectionIds.field, key: 'errFieldRequired' });
  form.subjects.forEach((subject, index) => {
    if (!subject.name.trim()) problems.push({ fieldId: inspectionIds.subjectName(index), key: 'errSubjectNameRequired', values: { n: index + 1 } });
    if (!subject.kind) problems.push({ fieldId: inspectionIds.subjectKind(index), key: 'errSubjectKindRequired', values: { n: index + 1 } });
  });
  if (!ISO_DATE.test(form.startedOn)) problems.push({ fieldId: inspectionIds.startedOn, key: 'errStartedOnRequired' });
  else if (ISO_DATE.test(form.endedOn) && form.endedOn < form.startedOn) problems.push({ fieldId: inspectionIds.endedOn, key: 'errEndedBeforeStart' });
  if (!form.status) problems.push({ fieldId: inspectionIds.status, key: 'errStatusRequired' });
  if (form.status === 'CONCLUDED') problems.push(...conclusionProblems(form, inspectionIds));
  return problems;
}

/** The mutation's input for a form without problems. */
export function inspectionInput(form: InspectionForm): InspectionRecordInput {
  const concluded = form.status === 'CONCLUDED';
  return {
    decisionNumber: form.decisionNumber.trim(),
    kind: form.kind as InspectionKindCode,
    activity: form.activity as InspectionActivityCode,
    field: form.field as InspectionFieldCode,
    subjects: form.subjects.map((subject) => ({ name: subject.name.trim(), kind: subject.kind as SubjectKindCode })),
    startedOn: form.startedOn,
    endedOn: form.endedOn || null,
    status: form.status as InspectionStatusCode,
    conclusionVi: concluded ? form.conclusionVi.trim() : null,
    concludedOn: concluded ? form.concludedOn : null,
    leadUnitCode: 'thanh-tra-so',
  };
}

// ---------------------------------------------------------------- conclusions

export interface ConclusionForm {
  inspectionId: string;
  conclusionVi: string;
  concludedOn: string;
  endedOn: string;
}

export const conclusionIds = { inspectionId: 'tt-inspection', conclusionVi: 'tt-conclusion', concludedOn: 'tt-concluded-on', endedOn: 'tt-ended-on' } as const;

/** Problems of a conclusion for an inspection that started on `startedOn` (and ended on `recordedEnd`, if recorded). */
export function conclusionFormProblems(form: ConclusionForm, inspection: { startedOn: string; endedOn: string | null } | null): FormProblem[] {
  if (!form.inspectionId || !inspection) return [{ fieldId: conclusionIds.inspectionId, key: 'errInspectionRequired' }];
  const problems: FormProblem[] = [];
  if (ISO_DATE.test(form.endedOn) && form.endedOn < inspection.startedOn) problems.push({ fieldId: conclusionIds.endedOn, key: 'errEndedBeforeStart' });
  const endedOn = form.endedOn || inspection.endedOn || '';
  problems.push(...conclusionProblems({ startedOn: inspection.startedOn, endedOn, conclusionVi: form.conclusionVi, concludedOn: form.concludedOn }, conclusionIds));
  return problems.sort((a, b) => order(conclusionIds, a.fieldId) - order(conclusionIds, b.fieldId));
}

const order = (ids: Record<string, string>, fieldId: string) => Object.values(ids).indexOf(fieldId);

export function conclusionInput(form: ConclusionForm, version: number): InspectionConcludeInput {
  return { id: form.inspectionId, version, conclusionVi: form.conclusionVi.trim(), concludedOn: form.concludedOn, endedOn: form.endedOn || null };
}

// ---------------------------------------------------------------- sanction decisions

export interface ViolationRow {
  descriptionVi: string;
  legalArticle: string;
}

/** What the decision form holds, exactly as typed (the fine as text). */
export interface DecisionForm {
  number: string;
  issuedOn: string;
  inspectionId: string;
  standaloneReason: string;
  field: InspectionFieldCode | '';
  violatorName: string;
  violatorKind: SubjectKindCode | '';
  violations: ViolationRow[];
  fine: string;
  extraMeasures: string;
  enforcementStatus: EnforcementStatusCode;
}

export const emptyDecisionForm = (inspectionId = ''): DecisionForm => ({
  number: '',
  issuedOn: '',
  inspectionId,
  standaloneReason: '',
  field: '',
  violatorName: '',
  violatorKind: 'ORGANISATION',
  violations: [{ descriptionVi: '', legalArticle: '' }],
  fine: '',
  extraMeasures: '',
  enforcementStatus: 'PENDING',
});

export const decisionIds = {
  number: 'tt-number',
  issuedOn: 'tt-issued-on',
  inspectionId: 'tt-inspection',
  standaloneReason: 'tt-standalone-reason',
  field: 'tt-decision-field',
  violatorName: 'tt-violator-name',
  violatorKind: 'tt-violator-kind',
  violationDescription: (index: number) => `tt-violation-${index}-description`,
  violationArticle: (index: number) => `tt-violation-${index}-article`,
  fine: 'tt-fine',
  extraMeasures: 'tt-extra-measures',
  enforcementStatus: 'tt-enforcement',
} as const;

/** Problems of a decision form; `inspectionStart` is the start of the inspection chosen, if any. */
export function decisionProblems(form: DecisionForm, inspectionStart: string | null): FormProblem[] {
  const problems: FormProblem[] = [];
  const number = form.number.trim();
  if (!number) problems.push({ fieldId: decisionIds.number, key: 'errNumberRequired' });
  else if (!isDocumentNumber(number)) problems.push({ fieldId: decisionIds.number, key: 'errNumberFormat' });
  if (!ISO_DATE.test(form.issuedOn)) problems.push({ fieldId: decisionIds.issuedOn, key: 'errIssuedOnRequired' });
  else if (form.inspectionId && inspectionStart && form.issuedOn < inspectionStart) {
    problems.push({ fieldId: decisionIds.issuedOn, key: 'errIssuedBeforeInspection', values: { date: inspectionStart } });
  }
  const reason = form.standaloneReason.trim();
  if (!form.inspectionId && !reason) problems.push({ fieldId: decisionIds.standaloneReason, key: 'errReasonRequired' });
  if (form.inspectionId && reason) problems.push({ fieldId: decisionIds.standaloneReason, key: 'errReasonWithInspection' });
  if (!form.violatorName.trim()) problems.push({ fieldId: decisionIds.violatorName, key: 'errViolatorNameRequired' });
  if (!form.violatorKind) problems.push({ fieldId: decisionIds.violatorKind, key: 'errViolatorKindRequired' });
  form.violations.forEach((violation, index) => {
    if (!violation.descriptionVi.trim()) problems.push({ fieldId: decisionIds.violationDescription(index), key: 'errViolationDescriptionRequired', values: { n: index + 1 } });
    if (!violation.legalArticle.trim()) problems.push({ fieldId: decisionIds.violationArticle(index), key: 'errViolationArticleRequired', values: { n: index + 1 } });
  });
  const fine = parseFine(form.fine);
  if (!fine.ok) problems.push({ fieldId: decisionIds.fine, key: fine.key });
  return problems;
}

/** The lines of a text area, trimmed, without the empty ones. */
export const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

export function decisionInput(form: DecisionForm): SanctionDecisionRecordInput {
  const fine = parseFine(form.fine);
  if (!fine.ok) throw new Error('decisionInput needs a form without problems');
  return {
    number: form.number.trim(),
    issuedOn: form.issuedOn,
    inspectionId: form.inspectionId || null,
    standaloneReason: form.inspectionId ? null : form.standaloneReason.trim(),
    field: form.field || null,
    violatorName: form.violatorName.trim(),
    violatorKind: form.violatorKind as SubjectKindCode,
    violations: form.violations.map((violation) => ({ descriptionVi: violation.descriptionVi.trim(), legalArticle: violation.legalArticle.trim() })),
    fineVnd: fine.value,
    extraMeasures: lines(form.extraMeasures),
    enforcementStatus: form.enforcementStatus,
  };
}

// ---------------------------------------------------------------- enforcement

/** A status of the model as the API names it (`paid` → `PAID`). */
const asCode = (status: EnforcementStatus) => status.toUpperCase() as EnforcementStatusCode;

/** Where a fine may move from each status, as the API names them: the model's rule (paid and enforced are final). */
export const nextEnforcementStatuses: Readonly<Record<EnforcementStatusCode, readonly EnforcementStatusCode[]>> = {
  PENDING: enforcementTransitions.pending.map(asCode),
  APPEALED: enforcementTransitions.appealed.map(asCode),
  PAID: enforcementTransitions.paid.map(asCode),
  ENFORCED: enforcementTransitions.enforced.map(asCode),
};

// ---------------------------------------------------------------- the server's refusals

/** A refusal of the gateway as the form shows it: beside a control, or for the whole form. */
export interface ServerProblem {
  fieldId: string;
  /** A translated message for known codes; the server's own words otherwise. */
  key: StaffMessageKey;
  values?: Record<string, string | number>;
}

/**
 * Places the gateway's userErrors (`field: ['input', 'violations', '0', 'descriptionVi']`) on the
 * form's controls through `idOf` (the input path without `input`); what names no control is put on
 * `fallbackId` (the form's first control), so the summary still links somewhere.
 */
export function serverProblems(errors: readonly UserErrorFields[], idOf: (path: string[]) => string | null, fallbackId: string): ServerProblem[] {
  return placeRefusals(errors, { idOf, fallbackId }).map(({ refusal, fieldId }) => {
    if (refusal.code === 'CONFLICT') return { fieldId, key: 'errConflict' };
    if (refusal.code === 'FORBIDDEN') return { fieldId, key: 'errForbidden' };
    return { fieldId, key: 'errServer', values: { message: refusal.message } };
  });
}

/** The control of an inspection input path. */
export function inspectionIdOf(path: string[]): string | null {
  const [name, index, part] = path;
  if (name === 'subjects' && index !== undefined) return part === 'kind' ? inspectionIds.subjectKind(Number(index)) : inspectionIds.subjectName(Number(index));
  if (name === 'subjects') return inspectionIds.subjectName(0);
  const simple: Record<string, string> = {
    decisionNumber: inspectionIds.decisionNumber,
    kind: inspectionIds.kind,
    activity: inspectionIds.activity,
    field: inspectionIds.field,
    startedOn: inspectionIds.startedOn,
    endedOn: inspectionIds.endedOn,
    status: inspectionIds.status,
    conclusionVi: inspectionIds.conclusionVi,
    concludedOn: inspectionIds.concludedOn,
  };
  return (name && simple[name]) ?? null;
}

/** The control of a conclusion input path. */
export function conclusionIdOf(path: string[]): string | null {
  const simple: Record<string, string> = { id: conclusionIds.inspectionId, version: conclusionIds.inspectionId, status: conclusionIds.inspectionId, ...conclusionIds };
  return (path[0] && simple[path[0]]) ?? null;
}

/** The control of a decision input path. */
export function decisionIdOf(path: string[]): string | null {
  const [name, index, part] = path;
  if (name === 'violations' && index !== undefined) return part === 'legalArticle' ? decisionIds.violationArticle(Number(index)) : decisionIds.violationDescription(Number(index));
  if (name === 'violations') return decisionIds.violationDescription(0);
  if (name === 'extraMeasures') return decisionIds.extraMeasures;
  const simple: Record<string, string> = {
    number: decisionIds.number,
    issuedOn: decisionIds.issuedOn,
    inspectionId: decisionIds.inspectionId,
    standaloneReason: decisionIds.standaloneReason,
    field: decisionIds.field,
    violatorName: decisionIds.violatorName,
    violatorKind: decisionIds.violatorKind,
    fineVnd: decisionIds.fine,
    enforcementStatus: decisionIds.enforcementStatus,
  };
  return (name && simple[name]) ?? null;
}
