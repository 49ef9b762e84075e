import { reportingPeriodSchema, type Award } from '@egov/awards-model';
import { badInput, keyOfGlobalId, keysetConnection, keysetRange, searchText } from '@egov/graphql';
import { unitLoader } from '@egov/units-server';
import { searchTokens } from '@egov/text';
import type { AwardListFilter } from '../../awards-repository';
import { orders, searchOrders } from '../award-orders';
import { UNIT_CODE } from '../inputs';
import { awardLoader } from '../loaders';
import type { QueryResolvers } from '../schema-types.generated';
import type { AwardsSources } from '../sources';

/** The value of `work`, computed once and only when first asked for. */
function once<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

export const queryResolvers = ({ awards, units }: AwardsSources): QueryResolvers => ({
  award: (_, args, context) => {
    const key = keyOfGlobalId(args.id, 'Award');
    return key ? awardLoader(context, awards).load(key) : null;
  },
  awards: async (_, args, context) => {
    const filter = args.filter ?? {};
    if (filter.period && !reportingPeriodSchema.safeParse(filter.period).success) {
      throw badInput('"period" must be a reporting period: 2020, 2020-H1 or 2020-Q3.', 'period');
    }
    if (filter.recipientUnitCode && (filter.recipientUnitCode.length > 100 || !UNIT_CODE.test(filter.recipientUnitCode))) {
      throw badInput('"recipientUnitCode" must be a unit code: lower-case words joined by hyphens.', 'recipientUnitCode');
    }
    const query = filter.query ?? '';
    searchText(query);

    const criteria: AwardListFilter = {
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.level ? { level: filter.level } : {}),
      ...(filter.period ? { period: filter.period } : {}),
      ...(filter.recipientUnitCode ? { recipientUnitCode: filter.recipientUnitCode } : {}),
    };
    // An award found proves its unit exists (foreign key); only an empty list may hide a unit
    // code that names nothing. The period needs no such check: every well-formed period is
    // a real stretch of the calendar, whether or not awards fall in it.
    const refuseUnknownUnit = async (found: readonly Award[]) => {
      if (found.length === 0 && filter.recipientUnitCode && !(await unitLoader(context, units).load(filter.recipientUnitCode))) {
        throw badInput(`There is no unit "${filter.recipientUnitCode}".`, 'recipientUnitCode');
      }
    };
    const loader = awardLoader(context, awards);

    // A query of no words (punctuation only) asks for nothing in particular: the list, unsearched.
    if (searchTokens(query).length === 0) {
      // Pages read from the database in the order asked; counted only when asked.
      const order = orders[args.orderBy?.direction ?? 'desc'];
      const range = keysetRange(args, order);
      const page = await awards.page(criteria, range, order.columns);
      await refuseUnknownUnit(page.rows);
      for (const award of page.rows) loader.prime(award.id, award);
      const totals = once(() => awards.totals(criteria));
      return { ...keysetConnection(page, range, order, async () => (await totals()).awards), totals };
    }

    // Best matches first, or by day with `orderBy`, ranked and paged by the database. A
    // collective recorded only by its unit is found by the unit's name: the units (a short
    // reference list) are read once, and prime the request's unit loader.
    const everyUnit = await units.list();
    const unitsByCode = unitLoader(context, units);
    for (const unit of everyUnit) unitsByCode.prime(unit.code, unit);
    const unitNames = new Map(everyUnit.map((unit) => [unit.code, unit.nameVi]));
    const order = searchOrders[args.orderBy?.direction ?? 'relevance'];
    const range = keysetRange(args, order);
    const page = (await awards.searchPage(criteria, query, unitNames, range, order.columns)) ?? { rows: [], more: false };
    await refuseUnknownUnit(page.rows);
    for (const award of page.rows) loader.prime(award.id, award);
    const totals = once(() => awards.searchTotals(criteria, query, unitNames));
    return { ...keysetConnection(page, range, order, async () => (await totals()).awards), totals };
  },
});
