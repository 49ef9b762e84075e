import { mutationPayload, recordKey, requireRole } from '@egov/graphql';
import { toAwardInput } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { AwardsSources } from '../sources';

export const mutationResolvers = ({ awards }: AwardsSources): MutationResolvers => ({
  awardRecord: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context);
      const award = await awards.record(toAwardInput(args.input), { actor });
      return { award };
    }),
  awardUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context);
      const { id, version, ...fields } = args.input;
      const key = recordKey(id, 'Award', 'award');
      const award = await awards.update(key, version, toAwardInput(fields), { actor });
      return { award };
    }),
});
