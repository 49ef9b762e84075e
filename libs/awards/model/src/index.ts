export {
  awardAuthorities,
  awardKindLabels,
  awardKinds,
  awardLevels,
  awardSchema,
  factIdSchema,
  recipientKinds,
  reportingPeriodKinds,
  reportingPeriodSchema,
  type Award,
  type AwardAuthority,
  type AwardFields,
  type AwardInput,
  type AwardKind,
  type AwardLevel,
  type RecipientKind,
} from './award';
export { awardTotals, filterAwards, formatYearsCovered, recipientsOf, type AwardFilter, type AwardTotals } from './award-rules';
