import type { UserErrorFields } from '@egov/client-operations/procedures';
import { placeRefusals } from '@egov/ui';
import type { FormProblems } from './forms';
import type { officerMessages } from './officer-messages';

export type OfficerKey = keyof typeof officerMessages.vi;

/** Where each field of a form (by input path: `applicant.phone`) has its control, and the message that says how to fix it. */
export type FieldSpecs<Path extends string = string> = Record<Path, { id: string; message: OfficerKey }>;

/**
 * A problem of an officer's form, kept as found and worded as the page renders: the control the
 * summary links to, whether the message shows beside it too (a refusal of the whole form, such as
 * a stale version, only links to the form's first control), and a message key, or the gateway's
 * own words for a refusal the form has no words for.
 */
export type OfficerProblem = { fieldId: string; beside: boolean } & ({ key: OfficerKey } | { gatewayWords: string });

export const wordProblem = (problem: OfficerProblem, t: (key: OfficerKey) => string): string => ('key' in problem ? t(problem.key) : problem.gatewayWords);

const codeMessages: Partial<Record<UserErrorFields['code'], OfficerKey>> = {
  CONFLICT: 'conflict',
  FORBIDDEN: 'forbidden',
  DUPLICATE: 'duplicate',
  INVALID_TRANSITION: 'invalidTransition',
  UNKNOWN_REFERENCE: 'unknownReference',
};

/** The form's own problems, each beside its field. */
export function ownProblems(found: FormProblems, specs: FieldSpecs, formId: string): OfficerProblem[] {
  return found.map(({ field, message }) => {
    const spec = specs[field];
    return { fieldId: spec?.id ?? formId, beside: spec !== undefined, key: message as OfficerKey };
  });
}

/** The gateway's refusals: worded by their code where it says it all, else by the field's own message, else in the gateway's words. */
export function refusalProblems(refusals: readonly UserErrorFields[], specs: FieldSpecs, formId: string): OfficerProblem[] {
  return placeRefusals(refusals, { idOf: (path) => specs[path.join('.')]?.id ?? null, fallbackId: formId }).map(({ refusal, path, fieldId }) => {
    const spec = specs[path.join('.')];
    const key = codeMessages[refusal.code] ?? spec?.message;
    return { fieldId, beside: spec !== undefined, ...(key ? { key } : { gatewayWords: refusal.message }) };
  });
}
