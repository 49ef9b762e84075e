import type { FieldError } from './ErrorSummary';

/** A refusal of the gateway (a mutation's `UserError`) as a form reads it: the input path, why, and a code. */
export interface ServerRefusal {
  readonly field: readonly string[];
  readonly message: string;
  readonly code: string;
}

/** The path of a refusal within the input it refused: `['input', 'applicant', 'phone']` → `['applicant', 'phone']`. */
export function inputPathOf(refusal: Pick<ServerRefusal, 'field'>): string[] {
  return refusal.field[0] === 'input' ? refusal.field.slice(1) : [...refusal.field];
}

/** How a form places the gateway's refusals. */
export interface RefusalPlacement<R extends ServerRefusal> {
  /** The id of the control an input path belongs to; null when none does. */
  idOf: (path: string[]) => string | null;
  /** Where a refusal that names no control goes (the form's first control), so the summary still links somewhere. */
  fallbackId: string;
  /** The message in the reader's language; the gateway's own words (English) by default. */
  wording?: (refusal: R, path: string[]) => string;
}

/** The gateway's refusals as the form's ErrorSummary and fields show them: each beside its control. */
export function fieldErrorsOf<R extends ServerRefusal>(refusals: readonly R[], { idOf, fallbackId, wording }: RefusalPlacement<R>): FieldError[] {
  return refusals.map((refusal) => {
    const path = inputPathOf(refusal);
    return { fieldId: (path.length ? idOf(path) : null) ?? fallbackId, message: wording ? wording(refusal, path) : refusal.message };
  });
}
