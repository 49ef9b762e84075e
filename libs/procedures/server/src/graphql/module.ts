import type { GraphQLModule } from '@egov/graphql';
import { vietnamDateOf } from '@egov/procedures-model';
import type { UnitsRepository } from '@egov/units-server';
import { createDossierLookupLimiter } from '../dossier-lookup-limiter';
import type { ProceduresRepository } from '../procedures-repository';
import { proceduresEnums } from './enums';
import { proceduresNodeTypes } from './node-types';
import { dossierResolvers } from './resolvers/Dossier';
import { mutationResolvers } from './resolvers/Mutation';
import { procedureResolvers } from './resolvers/Procedure';
import { procedureChannelResolvers } from './resolvers/ProcedureChannel';
import { publicDossierResolvers } from './resolvers/PublicDossier';
import { queryResolvers } from './resolvers/Query';
import { proceduresTypeDefs } from './schema';
import type { ProceduresGraphQLOptions, ProceduresSources } from './sources';

/** Procedures, dossier lookup and the licensing officers' dossier work in the API. */
export function proceduresGraphQLModule(
  repos: { procedures: ProceduresRepository; units: UnitsRepository },
  options: ProceduresGraphQLOptions = {},
): GraphQLModule {
  const { procedures, units } = repos;
  const sources: ProceduresSources = {
    procedures,
    units,
    today: options.today ?? (() => vietnamDateOf(new Date().toISOString())),
    lookupLimiter: options.lookupLimiter ?? createDossierLookupLimiter(),
  };

  return {
    name: 'procedures',
    typeDefs: proceduresTypeDefs,
    resolvers: {
      ...proceduresEnums,
      ProcedureChannel: procedureChannelResolvers,
      Procedure: procedureResolvers(sources),
      PublicDossier: publicDossierResolvers(sources),
      Dossier: dossierResolvers(sources),
      Query: queryResolvers(sources),
      Mutation: mutationResolvers(sources),
    },
    nodeTypes: proceduresNodeTypes(sources),
  };
}
