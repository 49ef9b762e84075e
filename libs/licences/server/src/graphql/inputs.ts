import { dayArgument } from '@egov/graphql';
import type { LicenceInput } from '@egov/licences-model';
import type { LicenceIssueInput } from './schema-types.generated';

/** The register's field names in a domain error, renamed to the input's. */
export const inputFieldNames: Record<string, string> = {
  revocationReason: 'reason',
};

/**
 * The licence an issue's input describes: days as the register writes them, valid from the day of issue when no other is given
 * (the issuing unit and the sample flag come with the schema's defaults filled in).
 */
export function licenceFromInput({ issuedOn, validFrom, validUntil, holderAddress, ...rest }: LicenceIssueInput): LicenceInput {
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
