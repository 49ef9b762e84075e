import type { RequestContext } from '@egov/graphql';
import type { Procedure } from '@egov/procedures-model';
import { unitLoader } from '@egov/units-server';
import type { ProceduresSources } from '../sources';

export const procedureResolvers = ({ units }: ProceduresSources) => ({
  performingAgency: (procedure: Procedure, _: unknown, context: RequestContext) => unitLoader(context, units).load(procedure.performingAgencyCode),
});
