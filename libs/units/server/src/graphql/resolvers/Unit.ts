import { areaLoader } from '@egov/districts-server';
import type { RequestContext } from '@egov/graphql';
import type { Unit } from '@egov/units-model';
import { childrenLoader, peopleLoader, unitLoader } from '../loaders';
import type { UnitsSources } from '../sources';

export const unitResolvers = ({ units, districts }: UnitsSources) => ({
  parent: (unit: Unit, _: unknown, context: RequestContext) => (unit.parentCode ? unitLoader(context, units).load(unit.parentCode) : null),
  children: (unit: Unit, _: unknown, context: RequestContext) => childrenLoader(context, units).load(unit.code),
  area: (unit: Unit, _: unknown, context: RequestContext) => (unit.areaCode ? areaLoader(context, districts).load(unit.areaCode) : null),
  people: (unit: Unit, _: unknown, context: RequestContext) => peopleLoader(context, units).load(unit.code),
});
