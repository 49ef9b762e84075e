import { mutationPayload, requireRole, withInputNames } from '@egov/graphql';
import { articleInput, articleKey, inputFieldOfColumn } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { NewsSources } from '../sources';

/** Runs a write, pointing a refusal by the database at the input field (not the column) it concerns. */
const naming = <T>(work: () => Promise<T>) => withInputNames(work, inputFieldOfColumn);

export const mutationResolvers = ({ news }: NewsSources): MutationResolvers => ({
  newsArticleCreate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      return { newsArticle: await naming(() => news.createDraft(articleInput(args.input), { actor })) };
    }),
  newsArticleUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, ...content } = args.input;
      return { newsArticle: await naming(() => news.update(articleKey(id), version, articleInput(content), { actor })) };
    }),
  newsArticlePublish: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, at } = args.input;
      return { newsArticle: await news.publish(articleKey(id), version, { at: at ? at.toISOString() : null }, { actor }) };
    }),
  newsArticleWithdraw: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, reason } = args.input;
      return { newsArticle: await news.withdraw(articleKey(id), version, reason, { actor }) };
    }),
});
