import { hasRole, type RequestContext } from '@egov/graphql';
import { isVisibleToPublic, type Article } from '@egov/news-model';

export const isEditor = (context: RequestContext) => hasRole(context, 'editor');

/** An article as the caller may see it: editors see every state, the public what is on the portal; null otherwise. */
export const visibleTo = (context: RequestContext, article: Article | null) =>
  article && (isEditor(context) || isVisibleToPublic(article)) ? article : null;
