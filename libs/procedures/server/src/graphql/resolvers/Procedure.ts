import { existing } from '@egov/graphql';
import { unitLoader } from '@egov/units-server';
import type { ProcedureResolvers } from '../schema-types.generated';
import type { ProceduresSources } from '../sources';

export const procedureResolvers = ({ units }: ProceduresSources): ProcedureResolvers => ({
  performingAgency: (procedure, _, context) =>
    existing(unitLoader(context, units).load(procedure.performingAgencyCode), `Unit ${procedure.performingAgencyCode}`),
});
