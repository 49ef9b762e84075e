import type { UserErrorFields } from '@egov/client-operations/procedures';
import { useI18n } from '@egov/i18n';
import { useState } from 'react';
import { useProceduresI18n } from '../pages/common';
import { formErrors, type FieldSpecs } from './form-errors';
import { placeUserErrors, type FormProblems, type PlacedUserError } from './forms';
import { officerMessages } from './officer-messages';

/** The officers' texts (`o`), beside the public pages' (`t`), formatters and link maker. */
export function useOfficerI18n() {
  const common = useProceduresI18n();
  const { t: o } = useI18n(officerMessages);
  return { ...common, o };
}

/**
 * What an officer's form shows after a submit: its own problems and the gateway's refusals, each
 * beside its field and in the summary (`errors`), a failure to reach the gateway (`failed`), and
 * the attempt, on which the summary takes the focus again.
 */
export function useFormOutcome(specs: FieldSpecs, formId: string) {
  const { o } = useOfficerI18n();
  const [problems, setProblems] = useState<FormProblems>([]);
  const [refusals, setRefusals] = useState<PlacedUserError[]>([]);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  return {
    errors: formErrors(problems, refusals, specs, formId, o),
    failed,
    attempt,
    /** Starts a submit with the form's own problems: true when there are none and it may go to the gateway. */
    begin(found: FormProblems): boolean {
      setAttempt((count) => count + 1);
      setFailed(false);
      setRefusals([]);
      setProblems(found);
      return found.length === 0;
    },
    /** Shows the gateway's refusals on their fields, and gives them placed. */
    refuse(userErrors: readonly UserErrorFields[]): PlacedUserError[] {
      const placed = placeUserErrors(userErrors);
      setRefusals(placed);
      return placed;
    },
    fail: () => setFailed(true),
  };
}
