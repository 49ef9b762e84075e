import { mutationPayload, type RequestContext, requireRole, withInputNames } from '@egov/graphql';
import { observationFromInput, observationInputNames, type ObservationUpsertInput } from '../inputs';
import type { KpisSources } from '../sources';

/** A period's code, the whole input of the mutations that open, publish and unpublish it. */
type PeriodInput = { input: { code: string } };

export const mutationResolvers = ({ kpis }: KpisSources) => ({
  observationUpsert: (_: unknown, args: { input: ObservationUpsertInput }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      const { version } = args.input;
      const expected = version === null || version === undefined ? {} : { expectedVersion: version };
      const observation = await withInputNames(() => kpis.upsertObservation(observationFromInput(args.input), expected, { actor }), observationInputNames);
      return { observation };
    }),
  reportingPeriodOpen: (_: unknown, args: PeriodInput, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      return { reportingPeriod: await kpis.openPeriod(args.input.code, { actor }) };
    }),
  reportingPeriodPublish: (_: unknown, args: PeriodInput, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      return { reportingPeriod: await kpis.publishPeriod(args.input.code, { actor }) };
    }),
  reportingPeriodUnpublish: (_: unknown, args: PeriodInput, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'statistician');
      return { reportingPeriod: await kpis.unpublishPeriod(args.input.code, { actor }) };
    }),
});
