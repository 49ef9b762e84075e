import { DomainError } from '@egov/errors';
import { dayArgument, keyOfGlobalId } from '@egov/graphql';
import type { LicenceInput, LicenceStatus, LicenceType } from '@egov/licences-model';

/** The register's key of the licence a mutation names; NOT_FOUND on `id` for anything but a Licence id. */
export function licenceKey(id: string): string {
  const key = keyOfGlobalId(id, 'Licence');
  if (!key) throw DomainError.notFound('licence', id);
  return key;
}

/** The register's field names in a domain error, renamed to the input's. */
export const inputFieldNames: Record<string, string> = {
  revocationReason: 'reason',
};

export interface IssueArgs {
  input: {
    type: LicenceType;
    number: string;
    holderName: string;
    holderAddress?: string | null;
    subjectVi: string;
    issuedOn: Date;
    validFrom?: Date | null;
    validUntil?: Date | null;
    issuerUnitCode: string;
    isSample: boolean;
  };
}

/** The licence an issue's input describes: days as the register writes them, valid from the day of issue when no other is given. */
export function licenceFromInput({ issuedOn, validFrom, validUntil, holderAddress, ...rest }: IssueArgs['input']): LicenceInput {
  return {
    ...rest,
    holderAddress: holderAddress ?? null,
    issuedOn: dayArgument(issuedOn),
    validFrom: dayArgument(validFrom ?? issuedOn),
    validUntil: validUntil ? dayArgument(validUntil) : null,
    revokedOn: null,
    revocationReason: null,
  };
}

export interface RevokeArgs {
  input: { id: string; version: number; revokedOn: Date; reason: string };
}

export type LicenceFilterArgs = { type?: LicenceType | null; status?: LicenceStatus | null; holder?: string | null; isSample?: boolean | null } | null;
