import { DomainError } from '@egov/errors';
import { dayArgument, mutationPayload, requireRole } from '@egov/graphql';
import type { ConclusionInput, SanctionDecisionInput } from '@egov/inspections-model';
import { asDay, inspectionInput, keyOf, naming } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { InspectionsSources } from '../sources';

export const mutationResolvers = ({ inspections }: InspectionsSources): MutationResolvers => ({
  inspectionRecord: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      return { inspection: await naming(() => inspections.recordInspection(inspectionInput(args.input), { actor })) };
    }),
  inspectionUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, ...fields } = args.input;
      const key = keyOf(id, 'Inspection', () => DomainError.notFound('inspection', id));
      return { inspection: await naming(() => inspections.updateInspection(key, version, inspectionInput(fields), { actor })) };
    }),
  inspectionConclude: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, conclusionVi, concludedOn, endedOn } = args.input;
      const key = keyOf(id, 'Inspection', () => DomainError.notFound('inspection', id));
      const conclusion: ConclusionInput = { conclusionVi, concludedOn: dayArgument(concludedOn), endedOn: asDay(endedOn) };
      return { inspection: await naming(() => inspections.concludeInspection(key, version, conclusion, { actor })) };
    }),
  sanctionDecisionRecord: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { inspectionId, issuedOn, extraMeasures, enforcementStatus, ...fields } = args.input;
      const inspectionKey = inspectionId
        ? keyOf(inspectionId, 'Inspection', () => DomainError.unknownReference('inspectionId', `"${inspectionId}" is not an inspection's id.`))
        : null;
      const input: SanctionDecisionInput = {
        ...fields,
        issuedOn: dayArgument(issuedOn),
        inspectionId: inspectionKey,
        extraMeasures: extraMeasures ?? [],
        enforcementStatus: enforcementStatus ?? 'pending',
      };
      return { sanctionDecision: await naming(() => inspections.recordSanctionDecision(input, { actor })) };
    }),
  sanctionDecisionEnforcementUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, enforcementStatus } = args.input;
      const key = keyOf(id, 'SanctionDecision', () => DomainError.notFound('sanction_decision', id));
      return { sanctionDecision: await naming(() => inspections.updateEnforcement(key, version, enforcementStatus, { actor })) };
    }),
});
