import type { DashboardObservationFields, IndicatorFields, IndicatorMeasureCode } from '@egov/client-operations/statistics';
import type { Formatters, Language, MeasureKind } from '@egov/i18n';

/** The formatter kind of a measure as the API names it. */
export function measureKind(measure: IndicatorMeasureCode): MeasureKind {
  return measure.toLowerCase() as MeasureKind;
}

/** A figure written for the language: 32,4 % · 10.641 · 60.000.000 ₫ · 105. */
export function formatFigure(format: Formatters, value: number, measure: IndicatorMeasureCode): string {
  return format.measure(value, measureKind(measure));
}

/**
 * The unit to write after a formatted figure: a percentage already carries its sign ("% dịch vụ
 * công" → "dịch vụ công"), an amount its currency (nothing), every other unit as recorded.
 */
export function unitAfterFigure(indicator: Pick<IndicatorFields, 'measure' | 'unitVi' | 'unitEn'>, language: Language): string {
  const unit = language === 'vi' ? indicator.unitVi : indicator.unitEn;
  if (indicator.measure === 'AMOUNT_VND') return '';
  if (indicator.measure === 'PERCENT') return unit.replace(/^%\s*(of\s+)?/, '').trim();
  return unit;
}

/** A figure with its unit: "32,4 % dịch vụ công", "10.641 tài khoản", "60.000.000 ₫". */
export function figureWithUnit(format: Formatters, value: number, indicator: Pick<IndicatorFields, 'measure' | 'unitVi' | 'unitEn'>): string {
  const unit = unitAfterFigure(indicator, format.language);
  const figure = formatFigure(format, value, indicator.measure);
  return unit ? `${figure} ${unit}` : figure;
}

/** A figure derived from one of the report, with what it is derived from. */
export type DerivedFigure =
  | { kind: 'ratio'; numerator: number; denominator: number; percentage: number; reported: number; explainedByRounding: boolean }
  | { kind: 'density'; count: number; rate: number; population: number }
  | { kind: 'points'; points: number; each: number; population: number };

/** The figures a reader could work out from this one: 187/200 → 93,5 %, the population a density or per-point figure implies. */
export function derivedFigure(indicator: Pick<IndicatorFields, 'measure'>, observation: Pick<DashboardObservationFields, 'value' | 'numerator' | 'denominator' | 'derived'>): DerivedFigure | null {
  const { derived } = observation;
  if (indicator.measure === 'PERCENT' && derived.percentage !== null && observation.numerator !== null && observation.denominator !== null) {
    return {
      kind: 'ratio',
      numerator: observation.numerator,
      denominator: observation.denominator,
      percentage: derived.percentage,
      reported: observation.value,
      explainedByRounding: derived.percentageCheck?.explainedByRounding ?? false,
    };
  }
  if (derived.baseValue === null || derived.impliedPopulation === null) return null;
  if (indicator.measure === 'PER_100_INHABITANTS') return { kind: 'density', count: derived.baseValue, rate: observation.value, population: derived.impliedPopulation };
  if (indicator.measure === 'INHABITANTS_PER_POINT') return { kind: 'points', points: derived.baseValue, each: observation.value, population: derived.impliedPopulation };
  return null;
}

/**
 * The sum behind a derived figure, written for the language: "187/200 → 93,5 %",
 * "819.000 : 105 × 100 = 780.000", "238 × 3.555 = 846.090" (≈ when the result is rounded).
 */
export function derivedArithmetic(derived: DerivedFigure, format: Formatters): string {
  const divide = format.language === 'vi' ? ':' : '÷';
  const equals = (value: number) => (Number.isInteger(value) ? '=' : '≈');
  switch (derived.kind) {
    case 'ratio':
      return `${format.integer(derived.numerator)}/${format.integer(derived.denominator)} → ${format.percent(derived.percentage)}`;
    case 'density':
      return `${format.integer(derived.count)} ${divide} ${format.decimal(derived.rate)} × 100 ${equals(derived.population)} ${format.integer(derived.population)}`;
    case 'points':
      return `${format.integer(derived.points)} × ${format.integer(derived.each)} ${equals(derived.population)} ${format.integer(derived.population)}`;
  }
}
