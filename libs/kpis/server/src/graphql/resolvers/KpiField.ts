import { kpiFieldLabels, type KpiField } from '@egov/kpis-model';
import { fieldIndicatorsLoader } from '../loaders';
import type { KpiFieldResolvers } from '../schema-types.generated';
import type { KpisSources } from '../sources';

/** A field of statistics as the schema shows it: its code and both names (its indicators are read when asked). */
export interface KpiFieldInfo {
  code: KpiField;
  labelVi: string;
  labelEn: string;
}

export const kpiFieldOf = (code: KpiField): KpiFieldInfo => ({ code, labelVi: kpiFieldLabels[code].vi, labelEn: kpiFieldLabels[code].en });

export const kpiFieldResolvers = ({ kpis }: KpisSources): KpiFieldResolvers => ({
  indicators: (field, _, context) => fieldIndicatorsLoader(context, kpis).load(field.code),
});
