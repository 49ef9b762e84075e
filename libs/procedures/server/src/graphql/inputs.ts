import { badInput, dayArgument } from '@egov/graphql';
import type { Channel, DossierState, ProcedureField, ReceiveDossierInput, ServiceLevel } from '@egov/procedures-model';
import type { DossierFilter, DossierTransitionInput } from '../procedures-repository';

/** The longest code argument accepted: procedure codes have at most 40 characters, dossier codes 15. */
export const MAX_CODE_LENGTH = 100;

export function boundedText(value: string, max: number, argument: string): string {
  if (value.length > max) throw badInput(`"${argument}" is at most ${max} characters.`, argument);
  return value;
}

const instant = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value));

/** A dossier code as typed by a citizen: spaces around and lower case forgiven. */
export const normaliseDossierCode = (code: string) => boundedText(code, MAX_CODE_LENGTH, 'code').trim().toUpperCase();

export type ProcedureFilterArgs = { field?: ProcedureField | null; serviceLevel?: ServiceLevel | null; channel?: Channel | null } | null | undefined;
export const procedureFilter = (filter: ProcedureFilterArgs) => ({
  ...(filter?.field ? { field: filter.field } : {}),
  ...(filter?.serviceLevel ? { serviceLevel: filter.serviceLevel } : {}),
  ...(filter?.channel ? { channel: filter.channel } : {}),
});

export type DossierFilterArgs = { procedureCode?: string | null; state?: DossierState | null } | null | undefined;
/** The officers' list filter; a procedure code past MAX_CODE_LENGTH is refused. */
export const dossierFilter = (filter: DossierFilterArgs): DossierFilter => ({
  ...(filter?.procedureCode ? { procedureCode: boundedText(filter.procedureCode, MAX_CODE_LENGTH, 'procedureCode') } : {}),
  ...(filter?.state ? { state: filter.state } : {}),
});

export interface ReceiveArgs {
  input: {
    procedureCode: string;
    channel: Channel;
    applicant: { fullName: string; idNumber: string; phone: string; email?: string | null; address: string };
    receivedAt?: unknown;
  };
}

/** The dossier a receipt's input describes; the repository derives its code and due date. */
export function receiptFromInput({ receivedAt, applicant, ...rest }: ReceiveArgs['input']): ReceiveDossierInput {
  return {
    ...rest,
    applicant: { ...applicant, email: applicant.email ?? null },
    ...(receivedAt ? { receivedAt: instant(receivedAt) } : {}),
  };
}

export interface TransitionArgs {
  input: {
    code: string;
    version: number;
    to: DossierState;
    note?: string | null;
    supplement?: { reason: string; deadline: Date } | null;
    returnChannel?: Channel | null;
  };
}

/** What an official records with a move, from the move's input. */
export const transitionDetailsFromInput = ({ note, supplement, returnChannel }: TransitionArgs['input']): DossierTransitionInput => ({
  note: note ?? null,
  ...(supplement ? { supplement: { reason: supplement.reason, deadline: dayArgument(supplement.deadline) } } : {}),
  ...(returnChannel ? { returnChannel } : {}),
});

/** The model says `state`, the input `to`. */
export const transitionInputNames: Readonly<Record<string, string>> = { state: 'to' };
