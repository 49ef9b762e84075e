import type { RequestContext } from '@egov/graphql';
import { indicatorLoader } from '../loaders';
import type { KpisSources } from '../sources';
import { figureCheckResolvers } from './FigureCheck';

export const ratioCheckResolvers = ({ kpis }: KpisSources) => ({
  ...figureCheckResolvers,
  indicator: (check: { indicatorCode: string }, _: unknown, context: RequestContext) => indicatorLoader(context, kpis).load(check.indicatorCode),
});
