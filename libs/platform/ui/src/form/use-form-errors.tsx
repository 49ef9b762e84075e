import { useState, type ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary';

/**
 * A form's errors, found in the browser or refused by the gateway, as the summary at its top and
 * the message beside each control. A problem is kept as the form found it (a message key, say) and
 * worded as the page renders, so a change of language rewords it. `report` counts submits, so the
 * summary takes the focus again when the same problems are found again.
 */
export function useFormErrors<P extends { fieldId: string }>(wording: (problem: P) => string, title: string) {
  const [problems, setProblems] = useState<readonly P[]>([]);
  const [attempt, setAttempt] = useState(0);
  const errors = problems.map((problem) => ({ fieldId: problem.fieldId, message: wording(problem) }));
  return {
    problems,
    errors,
    /** Sets the problems of a submit (none: clears them). */
    report(found: readonly P[]) {
      setAttempt((n) => n + 1);
      setProblems(found);
    },
    /** The messages beside one control, or none. */
    errorOf: (fieldId: string): string | undefined =>
      errors
        .filter((error) => error.fieldId === fieldId)
        .map((error) => error.message)
        .join(' ') || undefined,
    summary: <ErrorSummary errors={errors} title={title} focusKey={attempt} /> as ReactNode,
  };
}
