import { mutationPayload, recordKey, requireRole } from '@egov/graphql';
import { articleInput } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { NewsSources } from '../sources';

export const mutationResolvers = ({ news }: NewsSources): MutationResolvers => ({
  newsArticleCreate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      return { newsArticle: await news.createDraft(articleInput(args.input), { actor }) };
    }),
  newsArticleUpdate: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, ...content } = args.input;
      return { newsArticle: await news.update(recordKey(id, 'NewsArticle', 'article'), version, articleInput(content), { actor }) };
    }),
  newsArticlePublish: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, at } = args.input;
      return { newsArticle: await news.publish(recordKey(id, 'NewsArticle', 'article'), version, { at: at ? at.toISOString() : null }, { actor }) };
    }),
  newsArticleWithdraw: (_, args, context) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, reason } = args.input;
      return { newsArticle: await news.withdraw(recordKey(id, 'NewsArticle', 'article'), version, reason, { actor }) };
    }),
});
