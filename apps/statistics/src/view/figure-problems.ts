import type { IndicatorMeasureCode, UserErrorFields } from '@egov/client-operations/statistics';
import { placeRefusals } from '@egov/ui';
import type { FormProblem, ObservationFormField } from './observation-form';

/** The controls of the figure form, which its problems are listed against. */
export const figureFieldIds: Readonly<Record<ObservationFormField, string>> = {
  indicatorCode: 'observation-indicator',
  period: 'observation-period',
  areaCode: 'observation-area',
  value: 'observation-value',
  numerator: 'observation-numerator',
  denominator: 'observation-denominator',
  target: 'observation-target',
  status: 'observation-status',
  sourceQuote: 'observation-source',
  noteVi: 'observation-note',
};

/**
 * A problem of the figure form, kept as the form found it and worded as the page renders: a
 * message key (the browser's check, or the save that did not reach the gateway) or the gateway's
 * refusal. `field` null is the whole form's: first in the summary, linked to the value, and
 * beside no control.
 */
export type FigureProblem = { fieldId: string; field: ObservationFormField | null } & ({ key: FormProblem | 'saveFailed' } | { refusal: UserErrorFields });

/** The problems the browser's check found, in the order of the check. */
export const checkedProblems = (problems: Partial<Record<ObservationFormField, FormProblem>>): FigureProblem[] =>
  (Object.entries(problems) as Array<[ObservationFormField, FormProblem]>).map(([field, key]) => ({ field, fieldId: figureFieldIds[field], key }));

export const saveFailed: FigureProblem = { field: null, fieldId: figureFieldIds.value, key: 'saveFailed' };

/** The form field an input path names (`['targetValue']` → target), or null for the whole form. */
function fieldOfInput([name]: readonly string[]): ObservationFormField | null {
  switch (name) {
    case 'indicatorCode':
    case 'period':
    case 'areaCode':
    case 'value':
    case 'numerator':
    case 'denominator':
    case 'status':
    case 'sourceQuote':
    case 'noteVi':
      return name;
    case 'targetValue':
    case 'target':
      return 'target';
    default:
      return null;
  }
}

/** The figure was written meanwhile: the statistician reloads it before saving again. */
export const isConflict = (refusal: Pick<UserErrorFields, 'code'>) => refusal.code === 'CONFLICT' || refusal.code === 'DUPLICATE';

/**
 * The gateway's refusals on the form: each beside the field its input names (the last one per
 * field). The last that names no field, or is a conflict or a duplicate (whatever field it names),
 * is the whole form's and comes first; a refusal of the status is then not shown.
 */
export function refusalProblems(refusals: readonly UserErrorFields[]): FigureProblem[] {
  const placed = placeRefusals(refusals, {
    idOf: (path) => {
      const field = fieldOfInput(path);
      return field && figureFieldIds[field];
    },
    fallbackId: figureFieldIds.value,
  });
  const byField = new Map<ObservationFormField, FigureProblem>();
  let whole: FigureProblem | null = null;
  for (const { refusal, path, fieldId } of placed) {
    const field = fieldOfInput(path);
    if (field) byField.set(field, { field, fieldId, refusal });
    if (!field || isConflict(refusal)) whole = { field: null, fieldId: figureFieldIds.value, refusal };
  }
  const fields = [...byField.values()];
  return whole ? [whole, ...fields.filter((problem) => problem.field !== 'status')] : fields;
}

/** The message of a refusal: the form's own words for what it knows, by the indicator's measure; `serverRefused` quotes the gateway. */
export function refusalKey(refusal: UserErrorFields, field: ObservationFormField | null, measure: IndicatorMeasureCode | null) {
  if (refusal.code === 'FORBIDDEN') return 'forbidden';
  if (refusal.code === 'CONFLICT') return 'conflict';
  if (refusal.code === 'DUPLICATE') return 'duplicate';
  if (refusal.code === 'UNKNOWN_REFERENCE' && field === 'period') return 'unknownPeriod';
  if (refusal.code === 'VALIDATION' && field === 'areaCode') return 'areaOutsidePeriod';
  if (refusal.code === 'VALIDATION' && field === 'value' && measure === 'PERCENT') return 'percentRange';
  if (refusal.code === 'VALIDATION' && field === 'value' && (measure === 'COUNT' || measure === 'AMOUNT_VND')) return 'wholeNotNegative';
  return 'serverRefused';
}
