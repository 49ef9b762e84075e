import { mutationPayload, type RequestContext, requireRole, withInputNames } from '@egov/graphql';
import { articleInput, articleKey, type ContentArgs, inputFieldOfColumn } from '../inputs';
import type { NewsSources } from '../sources';

/** Runs a write, pointing a refusal by the database at the input field (not the column) it concerns. */
const naming = <T>(work: () => Promise<T>) => withInputNames(work, inputFieldOfColumn);

export const mutationResolvers = ({ news }: NewsSources) => ({
  newsArticleCreate: (_: unknown, args: { input: ContentArgs }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      return { newsArticle: await naming(() => news.createDraft(articleInput(args.input), { actor })) };
    }),
  newsArticleUpdate: (_: unknown, args: { input: ContentArgs & { id: string; version: number } }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, ...content } = args.input;
      return { newsArticle: await naming(() => news.update(articleKey(id), version, articleInput(content), { actor })) };
    }),
  newsArticlePublish: (_: unknown, args: { input: { id: string; version: number; at?: Date | null } }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, at } = args.input;
      return { newsArticle: await news.publish(articleKey(id), version, { at: at ? at.toISOString() : null }, { actor }) };
    }),
  newsArticleWithdraw: (_: unknown, args: { input: { id: string; version: number; reason: string } }, context: RequestContext) =>
    mutationPayload(async () => {
      const actor = requireRole(context, 'editor');
      const { id, version, reason } = args.input;
      return { newsArticle: await news.withdraw(articleKey(id), version, reason, { actor }) };
    }),
});
