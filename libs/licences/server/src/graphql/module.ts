import type { GraphQLModule } from '@egov/graphql';
import { dayInVietnam } from '@egov/periods';
import type { UnitsRepository } from '@egov/units-server';
import type { LicencesRepository } from '../licences-repository';
import { licencesEnums } from './enums';
import { licencesNodeTypes } from './node-types';
import { licenceResolvers } from './resolvers/Licence';
import { mutationResolvers } from './resolvers/Mutation';
import { queryResolvers } from './resolvers/Query';
import { licencesTypeDefs } from './schema';
import type { LicencesGraphQLOptions, LicencesSources } from './sources';

/** The licence register in the API: public reads, issue and revoke for licensing officers. */
export function licencesGraphQLModule(
  repos: { licences: LicencesRepository; units: UnitsRepository },
  options: LicencesGraphQLOptions = {},
): GraphQLModule {
  const { licences, units } = repos;
  const sources: LicencesSources = { licences, units, today: options.today ?? (() => dayInVietnam()) };

  return {
    name: 'licences',
    typeDefs: licencesTypeDefs,
    resolvers: {
      ...licencesEnums,
      Licence: licenceResolvers(sources),
      Query: queryResolvers(sources),
      Mutation: mutationResolvers(sources),
    },
    nodeTypes: licencesNodeTypes(sources),
  };
}
