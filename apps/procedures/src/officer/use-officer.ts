import type { UserErrorFields } from '@egov/client-operations/procedures';
import { useI18n } from '@egov/i18n';
import { useFormErrors } from '@egov/ui';
import { useState } from 'react';
import { useProceduresI18n } from '../pages/common';
import { ownProblems, refusalProblems, wordProblem, type FieldSpecs, type OfficerProblem } from './form-errors';
import type { FormProblems } from './forms';
import { officerMessages } from './officer-messages';

/** The officers' texts (`o`), beside the public pages' (`t`), formatters and link maker. */
export function useOfficerI18n() {
  const common = useProceduresI18n();
  const { t: o } = useI18n(officerMessages);
  return { ...common, o };
}

/**
 * What an officer's form shows after a submit: its own problems or the gateway's refusals, in the
 * summary (`summary`) and beside their fields (`field`), and a failure to reach the gateway (`failed`).
 */
export function useFormOutcome<Path extends string>(specs: FieldSpecs<Path>, formId: string) {
  const { o } = useOfficerI18n();
  const word = (problem: OfficerProblem) => wordProblem(problem, o);
  const form = useFormErrors(word, o('errorsTitle'));
  const [failed, setFailed] = useState(false);
  return {
    summary: form.summary,
    failed,
    /** The FormField props of a field's control: its id, the first message beside it, the error prefix. */
    field(path: Path) {
      const { id } = specs[path];
      const problem = form.problems.find((found) => found.beside && found.fieldId === id);
      return { id, error: problem && word(problem), errorPrefix: o('errorPrefix') };
    },
    /** Starts a submit with the form's own problems: true when there are none and it may go to the gateway. */
    begin(found: FormProblems): boolean {
      setFailed(false);
      form.report(ownProblems(found, specs, formId));
      return found.length === 0;
    },
    /** Shows the gateway's refusals. */
    refuse: (userErrors: readonly UserErrorFields[]) => form.report(refusalProblems(userErrors, specs, formId)),
    fail: () => setFailed(true),
  };
}
