import type { IndicatorMeasureCode, ObservationStatusCode, ObservationUpsertInput } from '@egov/client-operations/statistics';
import type { Language } from '@egov/i18n';

/** What the statistician typed, as typed (text), so nothing is lost when a value is refused. */
export interface ObservationFormValues {
  indicatorCode: string;
  period: string;
  areaCode: string;
  value: string;
  numerator: string;
  denominator: string;
  target: string;
  status: ObservationStatusCode;
  sourceQuote: string;
  noteVi: string;
}

export type ObservationFormField = keyof ObservationFormValues;

/** Why a field is refused: a message key of the form (translated by the page). */
export type FormProblem =
  | 'chooseIndicator'
  | 'choosePeriod'
  | 'unknownPeriod'
  | 'chooseArea'
  | 'enterValue'
  | 'notANumber'
  | 'percentRange'
  | 'wholeNotNegative'
  | 'notNegative'
  | 'ratioBoth'
  | 'ratioWhole'
  | 'denominatorPositive'
  | 'numeratorAboveDenominator'
  | 'ratioOnlyForPercent'
  | 'enterSourceQuote'
  | 'sourceQuoteTooLong'
  | 'noteTooLong';

/**
 * Reads a number as a person writes it in the language: vi "32,4" and "10.641" (dots group
 * thousands), en "32.4" and "10,641". A lone dot in Vietnamese that does not group thousands
 * ("32.4") is read as a decimal point. Returns null for anything that is not a number.
 */
export function parseLocaleNumber(text: string, language: Language): number | null {
  let compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!compact) return null;
  const [group, point] = language === 'vi' ? ['.', ','] : [',', '.'];
  const groupedThousands = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${point}\\d+)?$`);
  if (groupedThousands.test(compact)) compact = compact.split(group).join('');
  else if (compact.includes(point) && compact.includes(group)) return null;
  compact = compact.replace(point, '.').replace(group, '.');
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}

/** The rule a figure of this measure follows, or null when it holds (the server checks the same). */
function checkMeasure(value: number, measure: IndicatorMeasureCode): FormProblem | null {
  if (measure === 'PERCENT') return value < 0 || value > 100 ? 'percentRange' : null;
  if (measure === 'COUNT' || measure === 'AMOUNT_VND') return !Number.isInteger(value) || value < 0 ? 'wholeNotNegative' : null;
  return value < 0 ? 'notNegative' : null;
}

/** The form checked before it is sent: the input for `observationUpsert`, or every problem by field. */
export function checkObservationForm(
  values: ObservationFormValues,
  context: { measure: IndicatorMeasureCode | null; periodCodes: readonly string[]; language: Language; version: number | null },
): { input: ObservationUpsertInput; problems: null } | { input: null; problems: Partial<Record<ObservationFormField, FormProblem>> } {
  const problems: Partial<Record<ObservationFormField, FormProblem>> = {};
  const { measure, language } = context;
  if (!values.indicatorCode || !measure) problems.indicatorCode = 'chooseIndicator';
  if (!values.period) problems.period = 'choosePeriod';
  else if (!context.periodCodes.includes(values.period)) problems.period = 'unknownPeriod';
  if (!values.areaCode) problems.areaCode = 'chooseArea';

  const value = parseLocaleNumber(values.value, language);
  if (!values.value.trim()) problems.value = 'enterValue';
  else if (value === null) problems.value = 'notANumber';
  else if (measure) {
    const problem = checkMeasure(value, measure);
    if (problem) problems.value = problem;
  }

  const target = values.target.trim() ? parseLocaleNumber(values.target, language) : null;
  if (values.target.trim() && target === null) problems.target = 'notANumber';
  else if (target !== null && measure) {
    const problem = checkMeasure(target, measure);
    if (problem) problems.target = problem;
  }

  const numerator = values.numerator.trim() ? parseLocaleNumber(values.numerator, language) : null;
  const denominator = values.denominator.trim() ? parseLocaleNumber(values.denominator, language) : null;
  const hasNumerator = Boolean(values.numerator.trim());
  const hasDenominator = Boolean(values.denominator.trim());
  if (hasNumerator || hasDenominator) {
    if (measure && measure !== 'PERCENT') problems.numerator = 'ratioOnlyForPercent';
    else if (hasNumerator !== hasDenominator) problems[hasNumerator ? 'denominator' : 'numerator'] = 'ratioBoth';
    else if (numerator === null || !Number.isInteger(numerator) || numerator < 0) problems.numerator = 'ratioWhole';
    else if (denominator === null || !Number.isInteger(denominator)) problems.denominator = 'ratioWhole';
    else if (denominator <= 0) problems.denominator = 'denominatorPositive';
    else if (numerator > denominator) problems.numerator = 'numeratorAboveDenominator';
  }

  if (!values.sourceQuote.trim()) problems.sourceQuote = 'enterSourceQuote';
  else if (values.sourceQuote.trim().length > 2000) problems.sourceQuote = 'sourceQuoteTooLong';
  if (values.noteVi.trim().length > 1000) problems.noteVi = 'noteTooLong';

  if (Object.keys(problems).length > 0 || value === null) return { input: null, problems };
  return {
    problems: null,
    input: {
      indicatorCode: values.indicatorCode,
      period: values.period,
      areaCode: values.areaCode,
      value,
      numerator: hasNumerator ? numerator : null,
      denominator: hasDenominator ? denominator : null,
      targetValue: target,
      status: values.status,
      sourceQuote: values.sourceQuote.trim(),
      noteVi: values.noteVi.trim() || null,
      ...(context.version === null ? {} : { version: context.version }),
    },
  };
}
