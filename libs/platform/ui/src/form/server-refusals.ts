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

/** Where a form's controls are, for the gateway's refusals. */
export interface ControlsOfInput {
  /** The id of the control an input path belongs to; null when none does. */
  idOf: (path: string[]) => string | null;
  /** Where a refusal that names no control goes (the form's first control), so the summary still links somewhere. */
  fallbackId: string;
}

/** A refusal placed on a form: the control it belongs to and its path within the input. */
export interface PlacedRefusal<R extends ServerRefusal> {
  refusal: R;
  fieldId: string;
  path: string[];
}

/** Each refusal of the gateway on the control its input path names: the one rule every form places them by, before wording them its own way. */
export function placeRefusals<R extends ServerRefusal>(refusals: readonly R[], { idOf, fallbackId }: ControlsOfInput): PlacedRefusal<R>[] {
  return refusals.map((refusal) => {
    const path = inputPathOf(refusal);
    return { refusal, path, fieldId: (path.length ? idOf(path) : null) ?? fallbackId };
  });
}

/** How a form places the gateway's refusals, and words them. */
export interface RefusalPlacement<R extends ServerRefusal> extends ControlsOfInput {
  /** The message in the reader's language; the gateway's own words (English) by default. */
  wording?: (refusal: R, path: string[]) => string;
}

/** The gateway's refusals as the form's ErrorSummary and fields show them: each beside its control. */
export function fieldErrorsOf<R extends ServerRefusal>(refusals: readonly R[], { wording, ...controls }: RefusalPlacement<R>): FieldError[] {
  return placeRefusals(refusals, controls).map(({ refusal, path, fieldId }) => ({ fieldId, message: wording ? wording(refusal, path) : refusal.message }));
}
