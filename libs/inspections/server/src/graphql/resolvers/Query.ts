import { DomainError } from '@egov/errors';
import { badInput, dayArgument, keysetConnection, type KeysetOrder, keysetRange } from '@egov/graphql';
import { compareWithReported, type Inspection, type SanctionDecision } from '@egov/inspections-model';
import { registerOrders } from '../../inspections-repository';
import { registerFilter, reportedTotals } from '../inputs';
import { decisionLoader, inspectionLoader } from '../loaders';
import type { QueryResolvers, RegisterSortDirection } from '../schema-types.generated';
import type { InspectionsSources } from '../sources';

/** A read's DomainError (a period ending before it starts…) as the GraphQL error of a bad argument. */
async function reading<T>(argument: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw badInput(error.issues[0]?.message ?? error.message, argument);
  }
}

/** The register's orders as cursors name them: a cursor of one order is refused by the other. */
const inspectionOrders: Record<RegisterSortDirection, KeysetOrder<Inspection>> = {
  ASC: { name: 'inspections-oldest', columns: registerOrders.inspections.asc, position: (i) => [i.startedOn, i.decisionNumber, i.id] },
  DESC: { name: 'inspections-newest', columns: registerOrders.inspections.desc, position: (i) => [i.startedOn, i.decisionNumber, i.id] },
};
const decisionOrders: Record<RegisterSortDirection, KeysetOrder<SanctionDecision>> = {
  ASC: { name: 'decisions-oldest', columns: registerOrders.decisions.asc, position: (d) => [d.issuedOn, d.number, d.id] },
  DESC: { name: 'decisions-newest', columns: registerOrders.decisions.desc, position: (d) => [d.issuedOn, d.number, d.id] },
};

export const queryResolvers = ({ inspections }: InspectionsSources): QueryResolvers => ({
  inspections: async (_, args, context) => {
    const order = inspectionOrders[args.orderBy?.direction ?? 'ASC'];
    const range = keysetRange(args, order);
    const filter = registerFilter(args.filter, args.filter?.status);
    const page = await reading('filter', () => inspections.pageInspections(filter, range, order.columns));
    const loader = inspectionLoader(context, inspections);
    for (const inspection of page.rows) loader.prime(inspection.id, inspection);
    return keysetConnection(page, range, order, () => inspections.countInspections(filter));
  },
  sanctionDecisions: async (_, args, context) => {
    const order = decisionOrders[args.orderBy?.direction ?? 'ASC'];
    const range = keysetRange(args, order);
    const filter = registerFilter(args.filter, args.filter?.enforcementStatus);
    const page = await reading('filter', () => inspections.pageSanctionDecisions(filter, range, order.columns));
    const loader = decisionLoader(context, inspections);
    for (const decision of page.rows) loader.prime(decision.id, decision);
    return keysetConnection(page, range, order, () => inspections.countSanctionDecisions(filter));
  },
  inspectionTotals: async (_, args) => {
    const from = dayArgument(args.from);
    const to = dayArgument(args.to);
    const reported = args.reported ? reportedTotals(args.reported) : null;
    const totals = await reading('to', () => inspections.totals(from, to));
    const differences = reported ? compareWithReported(totals, reported) : null;
    return { ...totals, from, to, differences, consistent: differences ? differences.length === 0 : null };
  },
});
