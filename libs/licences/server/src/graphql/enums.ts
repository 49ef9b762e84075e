import { enumOf } from '@egov/graphql';
import { licenceStatuses, licenceTypes } from '@egov/licences-model';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const licencesEnums = {
  LicenceType: enumOf(licenceTypes),
  LicenceStatus: enumOf(licenceStatuses),
} satisfies Pick<Resolvers, 'LicenceType' | 'LicenceStatus'>;
