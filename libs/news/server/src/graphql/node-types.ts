import type { NodeType } from '@egov/graphql';
import type { Article } from '@egov/news-model';
import { articleLoader } from './loaders';
import type { NewsSources } from './sources';
import { visibleTo } from './visibility';

/** How `node(id)` finds an article: one the caller may not see is not there. */
export const newsNodeTypes = ({ news }: NewsSources) => ({
  NewsArticle: {
    key: (article: Article) => article.id,
    load: async (id, context) => visibleTo(context, await articleLoader(context, news).load(id)),
  } satisfies NodeType<Article>,
});
