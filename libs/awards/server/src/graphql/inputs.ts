import type { AwardInput } from '@egov/awards-model';
import { dayArgument } from '@egov/graphql';
import type { AwardRecordInput } from './schema-types.generated';

export const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The model's input from the GraphQL one (an update's fields are a record's): omitted optional fields are null, the day an ISO date. */
export function toAwardInput(input: AwardRecordInput): AwardInput {
  return {
    factId: input.factId ?? null,
    kind: input.kind,
    conferredBy: input.conferredBy,
    level: input.level,
    recipientKind: input.recipientKind,
    recipientUnitCode: input.recipientUnitCode ?? null,
    recipientName: input.recipientName ?? null,
    collectivesCount: input.collectivesCount ?? null,
    individualsCount: input.individualsCount ?? null,
    reasonVi: input.reasonVi,
    reasonEn: input.reasonEn ?? null,
    coveredFromYear: input.coveredFromYear ?? null,
    coveredToYear: input.coveredToYear ?? null,
    conferredOn: dayArgument(input.conferredOn),
    period: input.period,
    sourceQuote: input.sourceQuote ?? null,
  };
}
