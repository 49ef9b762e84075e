import type { AwardInput, AwardKind, AwardLevel } from '@egov/awards-model';
import { dayArgument } from '@egov/graphql';

export const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type AwardFieldsArgs = Omit<AwardInput, 'conferredOn'> & { conferredOn: Date };
type Nullable<T> = { [K in keyof T]: T[K] | null | undefined };

/** The model's input from the GraphQL one: omitted optional fields are null, the day an ISO date. */
export function toAwardInput(input: Nullable<AwardFieldsArgs> & Pick<AwardFieldsArgs, 'kind' | 'conferredBy' | 'level' | 'recipientKind' | 'reasonVi' | 'period' | 'conferredOn'>): AwardInput {
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

export interface AwardFilterArgs {
  kind?: AwardKind | null;
  level?: AwardLevel | null;
  period?: string | null;
  recipientUnitCode?: string | null;
  query?: string | null;
}
