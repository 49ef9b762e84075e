import { DomainError } from '@egov/errors';
import { columnToInputName, keyOfGlobalId, mutationPayload, requireRole, withInputNames } from '@egov/graphql';
import { toAwardInput } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { AwardsSources } from '../sources';

export const mutationResolvers = ({ awards }: AwardsSources): MutationResolvers => ({
  awardRecord: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context);
      const award = await withInputNames(() => awards.record(toAwardInput(args.input), { actor }), columnToInputName);
      return { award };
    }),
  awardUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context);
      const { id, version, ...fields } = args.input;
      const key = keyOfGlobalId(id, 'Award');
      if (!key) throw new DomainError('NOT_FOUND', 'There is no award with this id.', [{ field: ['id'], message: 'There is no award with this id.', code: 'NOT_FOUND' }]);
      const award = await withInputNames(() => awards.update(key, version, toAwardInput(fields), { actor }), columnToInputName);
      return { award };
    }),
});
