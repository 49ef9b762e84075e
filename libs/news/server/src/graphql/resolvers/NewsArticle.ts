import type { RequestContext } from '@egov/graphql';
import type { Article } from '@egov/news-model';
import type { Unit } from '@egov/units-model';
import { unitLoader } from '@egov/units-server';
import type { NewsSources } from '../sources';

export const newsArticleResolvers = ({ units }: NewsSources) => ({
  authorUnit: (article: Article, _: unknown, context: RequestContext) => unitLoader(context, units).load(article.authorUnitCode),
  relatedUnits: async (article: Article, _: unknown, context: RequestContext) =>
    (await unitLoader(context, units).loadMany(article.relatedUnitCodes)).filter((unit): unit is Unit => !!unit && !(unit instanceof Error)),
});
