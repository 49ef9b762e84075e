import type { RequestContext } from '@egov/graphql';
import { fineInWords, type SanctionDecision } from '@egov/inspections-model';
import { seesPersons } from '../access';
import { inspectionLoader } from '../loaders';
import type { InspectionsSources } from '../sources';

export const sanctionDecisionResolvers = ({ inspections }: InspectionsSources) => ({
  inspection: (decision: SanctionDecision, _: unknown, context: RequestContext) =>
    decision.inspectionId ? inspectionLoader(context, inspections).load(decision.inspectionId) : null,
  field: async (decision: SanctionDecision, _: unknown, context: RequestContext) =>
    decision.field ?? (decision.inspectionId ? ((await inspectionLoader(context, inspections).load(decision.inspectionId))?.field ?? null) : null),
  violatorName: (decision: SanctionDecision, _: unknown, context: RequestContext) =>
    decision.violatorKind === 'individual' && !seesPersons(context) ? null : decision.violatorName,
  fineInWords: (decision: SanctionDecision) => fineInWords(decision.fineVnd),
});
