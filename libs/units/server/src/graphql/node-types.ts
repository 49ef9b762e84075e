import type { NodeType } from '@egov/graphql';
import type { Person, Unit } from '@egov/units-model';
import { unitLoader } from './loaders';
import type { UnitsSources } from './sources';

/** How `node(id)` finds the units' types: a unit by its code, a person by their id. */
export const unitsNodeTypes = ({ units }: UnitsSources) => ({
  Unit: { key: (unit: Unit) => unit.code, load: (code, context) => unitLoader(context, units).load(code) } satisfies NodeType<Unit>,
  Person: { key: (person: Person) => person.id, load: (id) => units.getPerson(id) } satisfies NodeType<Person>,
});
