import type { RequestContext } from '@egov/graphql';
import { kpiFieldLabels, type KpiField } from '@egov/kpis-model';
import { fieldIndicatorsLoader } from '../loaders';
import type { KpisSources } from '../sources';

/** A field of statistics as the schema shows it: its code and both names. */
export const kpiFieldOf = (code: KpiField) => ({ code, labelVi: kpiFieldLabels[code].vi, labelEn: kpiFieldLabels[code].en });

export const kpiFieldResolvers = ({ kpis }: KpisSources) => ({
  indicators: (field: { code: KpiField }, _: unknown, context: RequestContext) => fieldIndicatorsLoader(context, kpis).load(field.code),
});
