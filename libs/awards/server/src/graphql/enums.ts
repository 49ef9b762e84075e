import { awardAuthorities, awardKinds, awardLevels, recipientKinds, type AwardAuthority } from '@egov/awards-model';
import { enumOf } from '@egov/graphql';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const awardsEnums = {
  AwardKind: enumOf(awardKinds),
  AwardLevel: enumOf(awardLevels),
  // Object.keys gives plain strings; these are the table's keys, the authorities.
  AwardAuthority: enumOf(Object.keys(awardAuthorities) as AwardAuthority[]),
  AwardRecipientKind: enumOf(recipientKinds),
  // The list's order and direction: the API's own, no model's.
  AwardOrderField: { CONFERRED_ON: 'conferredOn' },
  AwardOrderDirection: enumOf(['asc', 'desc']),
} satisfies Pick<
  Resolvers,
  'AwardKind' | 'AwardLevel' | 'AwardAuthority' | 'AwardRecipientKind' | 'AwardOrderField' | 'AwardOrderDirection'
>;
