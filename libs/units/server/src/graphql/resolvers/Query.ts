import { areaLoader } from '@egov/districts-server';
import { badInput, connectionFromArray, searchText } from '@egov/graphql';
import { checkAreaCode, checkParentCode } from '../inputs';
import { unitLoader } from '../loaders';
import type { QueryResolvers } from '../schema-types.generated';
import type { UnitsSources } from '../sources';

export const queryResolvers = ({ units, districts }: UnitsSources): QueryResolvers => ({
  unit: (_, args, context) => unitLoader(context, units).load(args.code),
  units: async (_, args, context) => {
    const filter = args.filter ?? {};
    const parentCode = filter.parentCode ? checkParentCode(filter.parentCode) : null;
    const areaCode = filter.areaCode ? checkAreaCode(filter.areaCode) : null;
    const list = await units.list({
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(parentCode ? { parentCode } : {}),
      ...(areaCode ? { areaCode } : {}),
    });
    // A unit found proves its parent and area exist (foreign keys); only an empty page may hide
    // a code that names nothing, and then the loaders ask, once each.
    if (list.length === 0 && (parentCode || areaCode)) {
      const [parent, area] = await Promise.all([
        parentCode ? unitLoader(context, units).load(parentCode) : undefined,
        areaCode ? areaLoader(context, districts).load(areaCode) : undefined,
      ]);
      if (parentCode && !parent) throw badInput(`There is no unit "${parentCode}".`, 'parentCode');
      if (areaCode && !area) throw badInput(`There is no administrative area with GSO code "${areaCode}".`, 'areaCode');
    }
    return connectionFromArray(list, args);
  },
  unitTree: async () => (await units.tree()).map((node) => node.unit),
  unitSearch: async (_, args) => {
    return connectionFromArray(await units.search(searchText(args.query)), args);
  },
});
