import { useI18n } from '@egov/i18n';
import { ErrorSummary, FormField, type FieldControlProps, type FieldError } from '@egov/ui';
import { useState, type ReactNode } from 'react';
import type { FormProblem } from './forms';
import { staffMessages } from './staff-messages';

/**
 * A form's problems, found in the browser or refused by the gateway, as the summary at the top
 * and the message beside each control. `attempt` changes on every submit, so the summary takes
 * the focus again when the same problems are found again.
 */
export function useFormProblems() {
  const { t } = useI18n(staffMessages);
  const [problems, setProblems] = useState<readonly FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const translate = t as (key: string, values?: Record<string, string | number>) => string;
  const message = (problem: FormProblem) => translate(problem.key, problem.values);
  const errors: FieldError[] = problems.map((problem) => ({ fieldId: problem.fieldId, message: message(problem) }));
  const errorOf = (fieldId: string) => {
    const own = errors.filter((error) => error.fieldId === fieldId).map((error) => error.message);
    return own.length ? own.join(' ') : undefined;
  };
  return {
    problems,
    /** Sets the problems of a submit (none: clears them). */
    report(found: readonly FormProblem[]) {
      setAttempt((n) => n + 1);
      setProblems(found);
    },
    errorOf,
    summary: <ErrorSummary errors={errors} title={t('errorSummaryTitle')} focusKey={attempt} />,
  };
}

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/** FormField with the language's error prefix. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const { t } = useI18n(staffMessages);
  return (
    <FormField id={id} label={label} hint={hint} error={error} errorPrefix={t('errorPrefix')}>
      {children}
    </FormField>
  );
}
