import type { FieldError } from '@egov/ui';
import type { FormProblems, PlacedUserError } from './forms';
import type { officerMessages } from './officer-messages';

export type OfficerKey = keyof typeof officerMessages.vi;

/** Where a form field's control is, and the message that says how to fix it. */
export type FieldSpecs = Record<string, { id: string; message: OfficerKey }>;

const codeMessages: Partial<Record<PlacedUserError['code'], OfficerKey>> = {
  CONFLICT: 'conflict',
  FORBIDDEN: 'forbidden',
  DUPLICATE: 'duplicate',
  INVALID_TRANSITION: 'invalidTransition',
  UNKNOWN_REFERENCE: 'unknownReference',
};

/**
 * The errors of a form, from its own checks and the gateway's refusals, each beside its field and
 * all in the summary at the top; a refusal of the whole form (a stale version) points to `formId`.
 */
export function formErrors(
  problems: FormProblems,
  refusals: readonly PlacedUserError[],
  specs: FieldSpecs,
  formId: string,
  t: (key: OfficerKey) => string,
): { byField: Record<string, string>; summary: FieldError[] } {
  const byField: Record<string, string> = {};
  const summary: FieldError[] = [];
  const add = (field: string, message: string) => {
    const spec = specs[field];
    if (spec && !byField[field]) byField[field] = message;
    summary.push({ fieldId: spec?.id ?? formId, message });
  };
  for (const problem of problems) add(problem.field, t(problem.message as OfficerKey));
  for (const refusal of refusals) {
    const byCode = codeMessages[refusal.code];
    const spec = specs[refusal.field];
    add(refusal.field, byCode ? t(byCode) : spec ? t(spec.message) : refusal.message);
  }
  return { byField, summary };
}
