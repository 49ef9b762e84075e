import { dayArgument, mutationPayload, recordKey, requireRole, withInputNames } from '@egov/graphql';
import { inputFieldNames, licenceFromInput } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { LicencesSources } from '../sources';

export const mutationResolvers = ({ licences }: LicencesSources): MutationResolvers => ({
  licenceIssue: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'licensing_officer');
      const licence = await withInputNames(() => licences.issue(licenceFromInput(args.input), { actor }), inputFieldNames);
      return { licence };
    }),
  licenceRevoke: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'licensing_officer');
      const { id, version, revokedOn, reason } = args.input;
      const licence = await withInputNames(() => licences.revoke(recordKey(id, 'Licence', 'licence'), version, { revokedOn: dayArgument(revokedOn), reason }, { actor }), inputFieldNames);
      return { licence };
    }),
});
