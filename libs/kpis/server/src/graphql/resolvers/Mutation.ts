import { mutationPayload, requireRole, withInputNames } from '@egov/graphql';
import { observationFromInput, observationInputNames } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { KpisSources } from '../sources';

export const mutationResolvers = ({ kpis }: KpisSources): MutationResolvers => ({
  observationUpsert: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      const { version } = args.input;
      const expected = version === null || version === undefined ? {} : { expectedVersion: version };
      const observation = await withInputNames(() => kpis.upsertObservation(observationFromInput(args.input), expected, { actor }), observationInputNames);
      return { observation };
    }),
  reportingPeriodOpen: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      return { reportingPeriod: await kpis.openPeriod(args.input.code, { actor }) };
    }),
  reportingPeriodPublish: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      return { reportingPeriod: await kpis.publishPeriod(args.input.code, { actor }) };
    }),
  reportingPeriodUnpublish: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      return { reportingPeriod: await kpis.unpublishPeriod(args.input.code, { actor }) };
    }),
});
