import { enumOf } from '@egov/graphql';
import { unitKinds } from '@egov/units-model';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const unitsEnums = {
  UnitKind: enumOf(unitKinds),
} satisfies Pick<Resolvers, 'UnitKind'>;
