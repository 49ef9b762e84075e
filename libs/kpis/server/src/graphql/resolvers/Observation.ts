import { areaLoader } from '@egov/districts-server';
import { badInput, existing, type RequestContext } from '@egov/graphql';
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
import type { ObservationResolvers } from '../schema-types.generated';
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

export const observationResolvers = ({ kpis, units, districts }: KpisSources): ObservationResolvers => ({
  indicator: (observation, _, context) => indicatorOf(observation, context, kpis),
  period: (observation, _, context) => existing(periodLoader(context, kpis).load(observation.period), `Period ${observation.period}`),
  area: (observation, _, context) => existing(areaLoader(context, districts).load(observation.areaCode), `Area ${observation.areaCode}`),
  unitVi: async (observation, _, context) => (await indicatorOf(observation, context, kpis)).unitVi,
  unitEn: async (observation, _, context) => (await indicatorOf(observation, context, kpis)).unitEn,
  targetValue: (observation) => observation.target,
  targetMet: async (observation, _, context) =>
    isTargetMet(observation.value, observation.target, (await indicatorOf(observation, context, kpis)).direction),
  derived: (observation, args, context) =>
    derivedFigures(observation, args.population ?? null, context, kpis),
  ownerUnit: (observation, _, context) =>
    observation.ownerUnitCode ? unitLoader(context, units).load(observation.ownerUnitCode) : null,
});
