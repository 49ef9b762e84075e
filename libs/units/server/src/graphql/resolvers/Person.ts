import type { RequestContext } from '@egov/graphql';
import type { Person } from '@egov/units-model';
import { unitLoader } from '../loaders';
import type { UnitsSources } from '../sources';

export const personResolvers = ({ units }: UnitsSources) => ({
  unit: (person: Person, _: unknown, context: RequestContext) => unitLoader(context, units).load(person.unitCode),
});
