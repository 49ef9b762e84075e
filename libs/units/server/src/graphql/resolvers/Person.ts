import { existing } from '@egov/graphql';
import { unitLoader } from '../loaders';
import type { PersonResolvers } from '../schema-types.generated';
import type { UnitsSources } from '../sources';

export const personResolvers = ({ units }: UnitsSources): PersonResolvers => ({
  unit: (person, _, context) => existing(unitLoader(context, units).load(person.unitCode), `Unit ${person.unitCode}`),
});
