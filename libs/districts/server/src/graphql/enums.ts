import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const districtsEnums = {
  AreaLevel: { PROVINCE: 'province', DISTRICT: 'district' },
  AreaKind: { PROVINCE: 'province', CITY: 'city', TOWN: 'town', DISTRICT: 'district' },
} as const satisfies Pick<Resolvers, 'AreaLevel' | 'AreaKind'>;
