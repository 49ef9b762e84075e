import type { AwardFields, DistrictFields, KpiFieldCode, StatisticsDashboardQuery } from '@egov/client-operations/statistics';
import type { Language } from '@egov/i18n';
import type { ExportTable } from './export-table';

type Dashboard = NonNullable<StatisticsDashboardQuery['statisticsDashboard']>;
export type DashboardField = Dashboard['fields'][number];
export type DashboardIndicator = DashboardField['indicators'][number];

/** The fields a dashboard shows: all of them, or the one chosen; a field without indicators is kept (it says so). */
export function visibleFields(fields: readonly DashboardField[], only: KpiFieldCode | null): DashboardField[] {
  return only ? fields.filter((each) => each.field.code === only) : [...fields];
}

/** How many indicators of the fields have a figure, and how many of those with a target meet it. */
export function fieldSummary(field: DashboardField): { indicators: number; withFigure: number; withTarget: number; met: number } {
  const figures = field.indicators.map((each) => each.observation).filter((each) => each !== null);
  const judged = figures.filter((each) => each.targetMet !== null);
  return { indicators: field.indicators.length, withFigure: figures.length, withTarget: judged.length, met: judged.filter((each) => each.targetMet).length };
}

/** Column headers of the dashboard's download, in the reader's language. */
export interface DashboardExportHeaders {
  period: string;
  field: string;
  code: string;
  indicator: string;
  value: string;
  unit: string;
  target: string;
  targetMet: string;
  numerator: string;
  denominator: string;
  status: string;
  factId: string;
  sourceQuote: string;
}

/** The rows of the dashboard as shown: one per indicator of the visible fields, with its figure (empty when none). */
export function dashboardExport(fields: readonly DashboardField[], periodCode: string, headers: DashboardExportHeaders, language: Language): ExportTable {
  const keys = Object.keys(headers) as Array<keyof DashboardExportHeaders>;
  return {
    columns: keys.map((key) => ({ key, header: headers[key] })),
    rows: fields.flatMap((field) =>
      field.indicators.map(({ indicator, observation }) => ({
        period: periodCode,
        field: language === 'vi' ? field.field.labelVi : field.field.labelEn,
        code: indicator.code,
        indicator: language === 'vi' ? indicator.nameVi : indicator.nameEn,
        value: observation?.value ?? null,
        unit: language === 'vi' ? indicator.unitVi : indicator.unitEn,
        target: observation?.targetValue ?? null,
        targetMet: observation?.targetMet ?? null,
        numerator: observation?.numerator ?? null,
        denominator: observation?.denominator ?? null,
        status: observation?.status ?? null,
        factId: observation?.factId ?? null,
        sourceQuote: observation?.sourceQuote ?? null,
      })),
    ),
  };
}

/** One district of the district view: its figure, or null when none is recorded. */
export interface DistrictRow {
  code: string;
  name: string;
  value: number | null;
}

/**
 * Every district-level unit of the period with its figure of the indicator, in the order the
 * province lists them (GSO code); a district without a figure stays, with null.
 */
export function districtRows(
  districts: readonly DistrictFields[],
  figures: ReadonlyArray<{ value: number; area: { code: string } }>,
  language: Language,
): DistrictRow[] {
  const byArea = new Map(figures.map((figure) => [figure.area.code, figure.value]));
  return [...districts]
    .sort((a, b) => Number(a.code) - Number(b.code))
    .map((district) => ({ code: district.code, name: language === 'vi' ? district.nameVi : district.nameEn, value: byArea.get(district.code) ?? null }));
}

/** The rows of the district view as shown. */
export function districtExport(rows: readonly DistrictRow[], context: { period: string; indicatorCode: string }, headers: { period: string; indicator: string; areaCode: string; area: string; value: string }): ExportTable {
  return {
    columns: (Object.keys(headers) as Array<keyof typeof headers>).map((key) => ({ key, header: headers[key] })),
    rows: rows.map((row) => ({ period: context.period, indicator: context.indicatorCode, areaCode: row.code, area: row.name, value: row.value })),
  };
}

/** The recipient as the register writes it: the unit, the name, or a group's counts. */
export function recipientOf(award: AwardFields, language: Language, groupText: (collectives: number, individuals: number) => string): string {
  if (award.recipientKind === 'GROUP') {
    const counts = groupText(award.collectivesCount, award.individualsCount);
    const name = award.recipientName ?? (award.recipientUnit ? (language === 'vi' ? award.recipientUnit.nameVi : award.recipientUnit.nameEn) : null);
    return name ? `${name}: ${counts}` : counts;
  }
  if (award.recipientUnit && award.recipientKind === 'COLLECTIVE') return language === 'vi' ? award.recipientUnit.nameVi : award.recipientUnit.nameEn;
  return award.recipientName ?? (award.recipientUnit ? (language === 'vi' ? award.recipientUnit.nameVi : award.recipientUnit.nameEn) : '');
}

/** The rows of the awards register as shown. */
export function awardsExport(
  awards: readonly AwardFields[],
  language: Language,
  headers: { factId: string; kind: string; conferredBy: string; level: string; recipient: string; reason: string; period: string; conferredOn: string },
  levelLabel: (award: AwardFields) => string,
  groupText: (collectives: number, individuals: number) => string,
): ExportTable {
  return {
    columns: (Object.keys(headers) as Array<keyof typeof headers>).map((key) => ({ key, header: headers[key] })),
    rows: awards.map((award) => ({
      factId: award.factId,
      kind: language === 'vi' ? award.kindLabelVi : award.kindLabelEn,
      conferredBy: language === 'vi' ? award.conferredByLabelVi : award.conferredByLabelEn,
      level: levelLabel(award),
      recipient: recipientOf(award, language, groupText),
      reason: language === 'vi' ? award.reasonVi : (award.reasonEn ?? award.reasonVi),
      period: award.period,
      conferredOn: award.conferredOn,
    })),
  };
}
