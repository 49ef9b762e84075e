import { existing } from '@egov/graphql';
import type { Unit } from '@egov/units-model';
import { unitLoader } from '@egov/units-server';
import type { NewsArticleResolvers } from '../schema-types.generated';
import type { NewsSources } from '../sources';

export const newsArticleResolvers = ({ units }: NewsSources): NewsArticleResolvers => ({
  authorUnit: (article, _, context) => existing(unitLoader(context, units).load(article.authorUnitCode), `Unit ${article.authorUnitCode}`),
  relatedUnits: async (article, _, context) =>
    (await unitLoader(context, units).loadMany(article.relatedUnitCodes)).filter((unit): unit is Unit => !!unit && !(unit instanceof Error)),
});
