import type { RequestContext } from '@egov/graphql';
import type { Inspection } from '@egov/inspections-model';
import { unitLoader } from '@egov/units-server';
import { decisionsOfInspectionLoader } from '../loaders';
import type { InspectionsSources } from '../sources';

export const inspectionResolvers = ({ inspections, units }: InspectionsSources) => ({
  leadUnit: (inspection: Inspection, _: unknown, context: RequestContext) => unitLoader(context, units).load(inspection.leadUnitCode),
  sanctionDecisions: (inspection: Inspection, _: unknown, context: RequestContext) =>
    decisionsOfInspectionLoader(context, inspections).load(inspection.id),
});
