import { areaLoader } from '@egov/districts-server';
import { childrenLoader, peopleLoader, unitLoader } from '../loaders';
import type { UnitResolvers } from '../schema-types.generated';
import type { UnitsSources } from '../sources';

export const unitResolvers = ({ units, districts }: UnitsSources): UnitResolvers => ({
  parent: (unit, _, context) => (unit.parentCode ? unitLoader(context, units).load(unit.parentCode) : null),
  children: (unit, _, context) => childrenLoader(context, units).load(unit.code),
  area: (unit, _, context) => (unit.areaCode ? areaLoader(context, districts).load(unit.areaCode) : null),
  people: (unit, _, context) => peopleLoader(context, units).load(unit.code),
});
