import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const awardsEnums = {
  AwardKind: { CERTIFICATE_OF_MERIT: 'certificate_of_merit', COMMENDATION: 'commendation' },
  AwardLevel: {
    NATIONAL: 'national',
    MINISTERIAL: 'ministerial',
    PROVINCIAL: 'provincial',
    DEPARTMENT: 'department',
    DISTRICT: 'district',
    COMMUNE: 'commune',
  },
  AwardAuthority: {
    PRIME_MINISTER: 'prime_minister',
    MINISTER: 'minister',
    PROVINCIAL_CHAIRMAN: 'provincial_chairman',
    DEPARTMENT_DIRECTOR: 'department_director',
    DISTRICT_CHAIRMAN: 'district_chairman',
    COMMUNE_CHAIRMAN: 'commune_chairman',
  },
  AwardRecipientKind: { COLLECTIVE: 'collective', INDIVIDUAL: 'individual', GROUP: 'group' },
  AwardOrderField: { CONFERRED_ON: 'conferredOn' },
  AwardOrderDirection: { ASC: 'asc', DESC: 'desc' },
} as const satisfies Pick<
  Resolvers,
  'AwardKind' | 'AwardLevel' | 'AwardAuthority' | 'AwardRecipientKind' | 'AwardOrderField' | 'AwardOrderDirection'
>;
