import { DomainError } from '@egov/errors';
import type { EnforcementStatus, Inspection, InspectionStatus, SanctionDecision } from './inspection';

/** Planned → in progress → concluded; a short check may be concluded straight from planned. Concluded is final. */
export const inspectionStatusTransitions: Readonly<Record<InspectionStatus, readonly InspectionStatus[]>> = {
  planned: ['in_progress', 'concluded'],
  in_progress: ['concluded'],
  concluded: [],
};

/** Paid and enforced are final; an appeal ends in payment, enforcement, or back to pending. */
export const enforcementTransitions: Readonly<Record<EnforcementStatus, readonly EnforcementStatus[]>> = {
  pending: ['paid', 'enforced', 'appealed'],
  appealed: ['pending', 'paid', 'enforced'],
  paid: [],
  enforced: [],
};

function refuse(field: string, from: string, to: string, what: string): never {
  const message = `${what} cannot go from "${from}" to "${to}".`;
  throw new DomainError('INVALID_TRANSITION', message, [{ field: [field], message, code: 'INVALID_TRANSITION' }]);
}

/** Throws INVALID_TRANSITION unless an inspection may move from `from` to `to` (staying put is allowed). */
export function assertInspectionStatusChange(from: InspectionStatus, to: InspectionStatus): void {
  if (from !== to && !inspectionStatusTransitions[from].includes(to)) refuse('status', from, to, 'An inspection');
}

/** Throws INVALID_TRANSITION unless a fine's enforcement may move from `from` to `to`. */
export function assertEnforcementChange(from: EnforcementStatus, to: EnforcementStatus): void {
  if (!enforcementTransitions[from].includes(to)) refuse('enforcementStatus', from, to, 'A sanction decision');
}

/** A decision cannot precede the inspection that led to it; the message to show, or null when in order. */
export function decisionDateIssue(
  decision: Pick<SanctionDecision, 'issuedOn'>,
  inspection: Pick<Inspection, 'startedOn' | 'decisionNumber'>,
): string | null {
  return decision.issuedOn < inspection.startedOn
    ? `A decision issued on ${decision.issuedOn} cannot follow inspection ${inspection.decisionNumber}, which started on ${inspection.startedOn}.`
    : null;
}
