import { areaLoader } from '@egov/districts-server';
import { badInput, type RequestContext } from '@egov/graphql';
import {
  checkFigure,
  densityPer100,
  inhabitantsPerPoint,
  isTargetMet,
  percentageOf,
  populationFromDensity,
  populationFromPoints,
  type Observation,
} from '@egov/kpis-model';
import { unitLoader } from '@egov/units-server';
import type { KpisRepository } from '../../kpis-repository';
import { indicatorOf, periodLoader, sliceKey, sliceLoader } from '../loaders';
import type { KpisSources } from '../sources';

/** What a figure implies: its percentage and check, its base figure, and the population or density it gives. */
async function derivedFigures(observation: Observation, population: number | null, context: RequestContext, kpis: KpisRepository) {
  if (population !== null && !(population > 0 && Number.isFinite(population))) {
    throw badInput('"population" must be greater than zero.', 'population');
  }
  const indicator = await indicatorOf(observation, context, kpis);
  const { numerator, denominator, value } = observation;
  const percentage = indicator.measure === 'percent' && numerator !== null && denominator !== null && denominator > 0 ? percentageOf(numerator, denominator) : null;
  let baseValue: number | null = null;
  if (indicator.baseIndicatorCode) {
    const slice = await sliceLoader(context, kpis).load(sliceKey(observation.period, observation.areaCode));
    baseValue = slice.find((other) => other.indicatorCode === indicator.baseIndicatorCode)?.value ?? null;
  }
  const withBase = baseValue !== null && value > 0;
  const perHundred = indicator.measure === 'per_100_inhabitants';
  const perPoint = indicator.measure === 'inhabitants_per_point';
  return {
    percentage,
    percentageCheck: percentage === null ? null : checkFigure(value, percentage),
    baseValue,
    impliedPopulation: withBase && perHundred ? populationFromDensity(baseValue as number, value) : withBase && perPoint ? populationFromPoints(baseValue as number, value) : null,
    density: perHundred && baseValue !== null && population !== null ? densityPer100(baseValue, population) : null,
    inhabitantsPerPoint: perPoint && baseValue !== null && baseValue > 0 && population !== null ? inhabitantsPerPoint(population, baseValue) : null,
  };
}

export const observationResolvers = ({ kpis, units, districts }: KpisSources) => ({
  indicator: (observation: Observation, _: unknown, context: RequestContext) => indicatorOf(observation, context, kpis),
  period: (observation: Observation, _: unknown, context: RequestContext) => periodLoader(context, kpis).load(observation.period),
  area: (observation: Observation, _: unknown, context: RequestContext) => areaLoader(context, districts).load(observation.areaCode),
  unitVi: async (observation: Observation, _: unknown, context: RequestContext) => (await indicatorOf(observation, context, kpis)).unitVi,
  unitEn: async (observation: Observation, _: unknown, context: RequestContext) => (await indicatorOf(observation, context, kpis)).unitEn,
  targetValue: (observation: Observation) => observation.target,
  targetMet: async (observation: Observation, _: unknown, context: RequestContext) =>
    isTargetMet(observation.value, observation.target, (await indicatorOf(observation, context, kpis)).direction),
  derived: (observation: Observation, args: { population?: number | null }, context: RequestContext) =>
    derivedFigures(observation, args.population ?? null, context, kpis),
  ownerUnit: (observation: Observation, _: unknown, context: RequestContext) =>
    observation.ownerUnitCode ? unitLoader(context, units).load(observation.ownerUnitCode) : null,
});
