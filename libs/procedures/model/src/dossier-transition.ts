import { DomainError, validate } from '@egov/errors';
import { z } from 'zod';
import { supplementRequestSchema, type Dossier } from './dossier';
import { allowedTransitions, canTransition, dossierStateLabelsVi, type DossierState } from './dossier-state';
import { vietnamDateOf } from './due-date';
import { channels } from './procedure';

/** What an official records with a move: when, who, why, and what the target state needs. */
export const transitionDetailsSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  actor: z.string().trim().min(1).max(200),
  note: z.string().max(2000).nullable().optional(),
  /** Required on a move to `supplement_requested`, refused on any other. */
  supplement: supplementRequestSchema.optional(),
  /** Required on a move to `returned`, refused on any other. */
  returnChannel: z.enum(channels).optional(),
});
export type TransitionDetails = z.input<typeof transitionDetailsSchema>;

/** The INVALID_TRANSITION error for a move the state machine does not allow, naming what is allowed. */
export function invalidTransition(code: string, from: DossierState, to: DossierState): DomainError {
  const allowed = allowedTransitions(from);
  const options = allowed.length ? `allowed: ${allowed.join(', ')}` : 'it is final, nothing is allowed';
  const message = `Dossier ${code} cannot move from ${from} (${dossierStateLabelsVi[from]}) to ${to}; ${options}.`;
  return DomainError.onField('INVALID_TRANSITION', 'state', message);
}

/**
 * Moves a dossier to `to`, returning a new dossier (the given one is not touched) with the move in
 * its history and its version one higher, as the store will number it. Throws INVALID_TRANSITION
 * for a move the state machine forbids, VALIDATION when the details do not fit the move.
 */
export function applyTransition(dossier: Dossier, to: DossierState, input: TransitionDetails): Dossier {
  if (!canTransition(dossier.state, to)) throw invalidTransition(dossier.code, dossier.state, to);
  const details = validate(transitionDetailsSchema, input);

  const previous = dossier.history.at(-1)?.at ?? dossier.receivedAt;
  if (Date.parse(details.at) < Date.parse(previous)) {
    throw DomainError.invalid('at', 'A move cannot be dated before the previous event of the dossier.');
  }
  if (to === 'supplement_requested') {
    if (!details.supplement) throw DomainError.invalid('supplement', 'Asking for more papers needs a reason and a deadline.');
    if (details.supplement.deadline <= vietnamDateOf(details.at)) {
      throw DomainError.invalid(['supplement', 'deadline'], 'The deadline for the papers falls after the day they are asked for.');
    }
  } else if (details.supplement) {
    throw DomainError.invalid('supplement', 'Only a request for more papers carries a supplement request.');
  }
  if (to === 'returned') {
    if (!details.returnChannel) throw DomainError.invalid('returnChannel', 'Returning a result says how it was returned.');
  } else if (details.returnChannel) {
    throw DomainError.invalid('returnChannel', 'Only returning a result names a return channel.');
  }

  const supplement = details.supplement ?? null;
  return {
    ...dossier,
    state: to,
    returnChannel: details.returnChannel ?? dossier.returnChannel,
    supplement,
    history: [
      ...dossier.history,
      { from: dossier.state, to, at: details.at, actor: details.actor, note: details.note ?? null, supplement },
    ],
    version: dossier.version + 1,
  };
}
