import { DomainError } from '@egov/errors';
import { columnToInputName, keyOfGlobalId, mutationPayload, type RequestContext, requireRole, withInputNames } from '@egov/graphql';
import { toAwardInput } from '../inputs';
import type { AwardsSources } from '../sources';

export const mutationResolvers = ({ awards }: AwardsSources) => ({
  awardRecord: (_: unknown, args: { input: Parameters<typeof toAwardInput>[0] }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context);
      const award = await withInputNames(() => awards.record(toAwardInput(args.input), { actor }), columnToInputName);
      return { award };
    }),
  awardUpdate: (
    _: unknown,
    args: { input: Parameters<typeof toAwardInput>[0] & { id: string; version: number } },
    context: RequestContext,
  ) =>
    mutationPayload(async () => {
      const actor = requireRole(context);
      const { id, version, ...fields } = args.input;
      const key = keyOfGlobalId(id, 'Award');
      if (!key) throw new DomainError('NOT_FOUND', 'There is no award with this id.', [{ field: ['id'], message: 'There is no award with this id.', code: 'NOT_FOUND' }]);
      const award = await withInputNames(() => awards.update(key, version, toAwardInput(fields), { actor }), columnToInputName);
      return { award };
    }),
});
