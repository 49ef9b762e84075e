import { existing } from '@egov/graphql';
import { unitLoader } from '@egov/units-server';
import { decisionsOfInspectionLoader } from '../loaders';
import type { InspectionResolvers } from '../schema-types.generated';
import type { InspectionsSources } from '../sources';

export const inspectionResolvers = ({ inspections, units }: InspectionsSources): InspectionResolvers => ({
  leadUnit: (inspection, _, context) =>
    existing(unitLoader(context, units).load(inspection.leadUnitCode), `Unit ${inspection.leadUnitCode}`),
  sanctionDecisions: (inspection, _, context) =>
    decisionsOfInspectionLoader(context, inspections).load(inspection.id),
});
