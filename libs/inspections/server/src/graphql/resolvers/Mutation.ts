import { DomainError } from '@egov/errors';
import { dayArgument, keyOfGlobalId, mutationPayload, recordKey, requireRole } from '@egov/graphql';
import type { ConclusionInput, SanctionDecisionInput } from '@egov/inspections-model';
import { asDay, inspectionInput } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { InspectionsSources } from '../sources';

export const mutationResolvers = ({ inspections }: InspectionsSources): MutationResolvers => ({
  inspectionRecord: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      return { inspection: await inspections.recordInspection(inspectionInput(args.input), { actor }) };
    }),
  inspectionUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, ...fields } = args.input;
      const key = recordKey(id, 'Inspection', 'inspection');
      return { inspection: await inspections.updateInspection(key, version, inspectionInput(fields), { actor }) };
    }),
  inspectionConclude: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, conclusionVi, concludedOn, endedOn } = args.input;
      const key = recordKey(id, 'Inspection', 'inspection');
      const conclusion: ConclusionInput = { conclusionVi, concludedOn: dayArgument(concludedOn), endedOn: asDay(endedOn) };
      return { inspection: await inspections.concludeInspection(key, version, conclusion, { actor }) };
    }),
  sanctionDecisionRecord: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { inspectionId, issuedOn, extraMeasures, enforcementStatus, ...fields } = args.input;
      const inspectionKey = inspectionId ? keyOfGlobalId(inspectionId, 'Inspection') : null;
      if (inspectionId && !inspectionKey) throw DomainError.unknownReference('inspectionId', `"${inspectionId}" is not an inspection's id.`);
      const input: SanctionDecisionInput = {
        ...fields,
        issuedOn: dayArgument(issuedOn),
        inspectionId: inspectionKey,
        extraMeasures: extraMeasures ?? [],
        enforcementStatus: enforcementStatus ?? 'pending',
      };
      return { sanctionDecision: await inspections.recordSanctionDecision(input, { actor }) };
    }),
  sanctionDecisionEnforcementUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, enforcementStatus } = args.input;
      const key = recordKey(id, 'SanctionDecision', 'sanction_decision');
      return { sanctionDecision: await inspections.updateEnforcement(key, version, enforcementStatus, { actor }) };
    }),
});
