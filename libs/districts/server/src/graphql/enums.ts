import { areaKinds, areaLevels } from '@egov/districts-model';
import { enumOf } from '@egov/graphql';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const districtsEnums = {
  AreaLevel: enumOf(areaLevels),
  AreaKind: enumOf(areaKinds),
} satisfies Pick<Resolvers, 'AreaLevel' | 'AreaKind'>;
