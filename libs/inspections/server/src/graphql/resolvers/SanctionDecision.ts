import { fineInWords } from '@egov/inspections-model';
import { seesPersons } from '../access';
import { inspectionLoader } from '../loaders';
import type { SanctionDecisionResolvers } from '../schema-types.generated';
import type { InspectionsSources } from '../sources';

export const sanctionDecisionResolvers = ({ inspections }: InspectionsSources): SanctionDecisionResolvers => ({
  inspection: (decision, _, context) =>
    decision.inspectionId ? inspectionLoader(context, inspections).load(decision.inspectionId) : null,
  field: async (decision, _, context) =>
    decision.field ?? (decision.inspectionId ? ((await inspectionLoader(context, inspections).load(decision.inspectionId))?.field ?? null) : null),
  violatorName: (decision, _, context) =>
    decision.violatorKind === 'individual' && !seesPersons(context) ? null : decision.violatorName,
  fineInWords: (decision) => fineInWords(decision.fineVnd),
});
