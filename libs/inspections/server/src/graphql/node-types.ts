import type { NodeType } from '@egov/graphql';
import type { Inspection, SanctionDecision } from '@egov/inspections-model';
import { decisionLoader, inspectionLoader } from './loaders';
import type { InspectionsSources } from './sources';

/** How `node(id)` finds the inspections' types: by their uuid, through the request's loaders. */
export const inspectionsNodeTypes = ({ inspections }: InspectionsSources) => ({
  Inspection: { key: (inspection: Inspection) => inspection.id, load: (id, context) => inspectionLoader(context, inspections).load(id) } satisfies NodeType<Inspection>,
  SanctionDecision: { key: (decision: SanctionDecision) => decision.id, load: (id, context) => decisionLoader(context, inspections).load(id) } satisfies NodeType<SanctionDecision>,
});
