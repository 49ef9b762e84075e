import { badInput, dayArgument } from '@egov/graphql';
import type { ReceiveDossierInput } from '@egov/procedures-model';
import type { DossierFilter, DossierTransitionInput } from '../procedures-repository';
import type {
  DossierFilter as DossierFilterInput,
  DossierReceiveInput,
  DossierTransitionInput as DossierMoveInput,
  ProcedureFilter as ProcedureFilterInput,
} from './schema-types.generated';

/** The longest code argument accepted: procedure codes have at most 40 characters, dossier codes 15. */
export const MAX_CODE_LENGTH = 100;

export function boundedText(value: string, max: number, argument: string): string {
  if (value.length > max) throw badInput(`"${argument}" is at most ${max} characters.`, argument);
  return value;
}

const instant = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

/** A dossier code as typed by a citizen: spaces around and lower case forgiven. */
export const normaliseDossierCode = (code: string) => boundedText(code, MAX_CODE_LENGTH, 'code').trim().toUpperCase();

export const procedureFilter = (filter: ProcedureFilterInput | null | undefined) => ({
  ...(filter?.field ? { field: filter.field } : {}),
  ...(filter?.serviceLevel ? { serviceLevel: filter.serviceLevel } : {}),
  ...(filter?.channel ? { channel: filter.channel } : {}),
});

/** The officers' list filter; a procedure code past MAX_CODE_LENGTH is refused. */
export const dossierFilter = (filter: DossierFilterInput | null | undefined): DossierFilter => ({
  ...(filter?.procedureCode ? { procedureCode: boundedText(filter.procedureCode, MAX_CODE_LENGTH, 'procedureCode') } : {}),
  ...(filter?.state ? { state: filter.state } : {}),
});

/** The dossier a receipt's input describes; the repository derives its code and due date. */
export function receiptFromInput({ receivedAt, applicant, ...rest }: DossierReceiveInput): ReceiveDossierInput {
  return {
    ...rest,
    applicant: { ...applicant, email: applicant.email ?? null },
    ...(receivedAt ? { receivedAt: instant(receivedAt) } : {}),
  };
}

/** What an official records with a move, from the move's input. */
export const transitionDetailsFromInput = ({ note, supplement, returnChannel }: DossierMoveInput): DossierTransitionInput => ({
  note: note ?? null,
  ...(supplement ? { supplement: { reason: supplement.reason, deadline: dayArgument(supplement.deadline) } } : {}),
  ...(returnChannel ? { returnChannel } : {}),
});

/** The model says `state`, the input `to`. */
export const transitionInputNames: Readonly<Record<string, string>> = { state: 'to' };
