import { DomainError } from '@egov/errors';
import { mutationPayload, type RequestContext, requireRole } from '@egov/graphql';
import type { ConclusionInput, EnforcementStatus, SanctionDecisionInput } from '@egov/inspections-model';
import { asDay, type DecisionArgs, type InspectionArgs, inspectionInput, keyOf, naming } from '../inputs';
import type { InspectionsSources } from '../sources';

export const mutationResolvers = ({ inspections }: InspectionsSources) => ({
  inspectionRecord: (_: unknown, args: { input: InspectionArgs }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      return { inspection: await naming(() => inspections.recordInspection(inspectionInput(args.input), { actor })) };
    }),
  inspectionUpdate: (_: unknown, args: { input: InspectionArgs & { id: string; version: number } }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, ...fields } = args.input;
      const key = keyOf(id, 'Inspection', () => DomainError.notFound('inspection', id));
      return { inspection: await naming(() => inspections.updateInspection(key, version, inspectionInput(fields), { actor })) };
    }),
  inspectionConclude: (
    _: unknown,
    args: { input: { id: string; version: number; conclusionVi: string; concludedOn: Date; endedOn?: Date | null } },
    context: RequestContext,
  ) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, conclusionVi, concludedOn, endedOn } = args.input;
      const key = keyOf(id, 'Inspection', () => DomainError.notFound('inspection', id));
      const conclusion: ConclusionInput = { conclusionVi, concludedOn: asDay(concludedOn) as string, endedOn: asDay(endedOn) };
      return { inspection: await naming(() => inspections.concludeInspection(key, version, conclusion, { actor })) };
    }),
  sanctionDecisionRecord: (_: unknown, args: { input: DecisionArgs }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { inspectionId, issuedOn, extraMeasures, enforcementStatus, ...fields } = args.input;
      const inspectionKey = inspectionId
        ? keyOf(inspectionId, 'Inspection', () => DomainError.unknownReference('inspectionId', `"${inspectionId}" is not an inspection's id.`))
        : null;
      const input: SanctionDecisionInput = {
        ...fields,
        issuedOn: asDay(issuedOn) as string,
        inspectionId: inspectionKey,
        extraMeasures: extraMeasures ?? [],
        enforcementStatus: enforcementStatus ?? 'pending',
      };
      return { sanctionDecision: await naming(() => inspections.recordSanctionDecision(input, { actor })) };
    }),
  sanctionDecisionEnforcementUpdate: (
    _: unknown,
    args: { input: { id: string; version: number; enforcementStatus: EnforcementStatus } },
    context: RequestContext,
  ) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'inspector');
      const { id, version, enforcementStatus } = args.input;
      const key = keyOf(id, 'SanctionDecision', () => DomainError.notFound('sanction_decision', id));
      return { sanctionDecision: await naming(() => inspections.updateEnforcement(key, version, enforcementStatus, { actor })) };
    }),
});
