import { dayArgument, mutationPayload, type RequestContext, requireRole, withInputNames } from '@egov/graphql';
import { inputFieldNames, type IssueArgs, licenceFromInput, licenceKey, type RevokeArgs } from '../inputs';
import type { LicencesSources } from '../sources';

export const mutationResolvers = ({ licences }: LicencesSources) => ({
  licenceIssue: (_: unknown, args: IssueArgs, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'licensing_officer');
      const licence = await withInputNames(() => licences.issue(licenceFromInput(args.input), { actor }), inputFieldNames);
      return { licence };
    }),
  licenceRevoke: (_: unknown, args: RevokeArgs, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'licensing_officer');
      const { id, version, revokedOn, reason } = args.input;
      const licence = await withInputNames(() => licences.revoke(licenceKey(id), version, { revokedOn: dayArgument(revokedOn), reason }, { actor }), inputFieldNames);
      return { licence };
    }),
});
