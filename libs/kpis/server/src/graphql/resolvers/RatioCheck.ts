import { existing } from '@egov/graphql';
import { indicatorLoader } from '../loaders';
import type { KpisSources } from '../sources';
import { figureCheckResolvers } from './FigureCheck';
import type { RatioCheckResolvers } from '../schema-types.generated';

export const ratioCheckResolvers = ({ kpis }: KpisSources): RatioCheckResolvers => ({
  ...figureCheckResolvers,
  indicator: (check, _, context) => existing(indicatorLoader(context, kpis).load(check.indicatorCode), `Indicator ${check.indicatorCode}`),
});
