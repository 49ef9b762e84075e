import { enumOf } from '@egov/graphql';
import { channels, dossierStates, procedureFields, serviceLevels } from '@egov/procedures-model';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const proceduresEnums = {
  ProcedureField: enumOf(procedureFields),
  Channel: enumOf(channels),
  ServiceLevel: enumOf(serviceLevels),
  DossierState: enumOf(dossierStates),
} satisfies Pick<Resolvers, 'ProcedureField' | 'Channel' | 'ServiceLevel' | 'DossierState'>;
