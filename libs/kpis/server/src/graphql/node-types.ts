import type { NodeType } from '@egov/graphql';
import type { Indicator, Observation, Period, StoredPeriod } from '@egov/kpis-model';
import { indicatorLoader, observationLoader } from './loaders';
import type { KpisSources } from './sources';
import { visiblePeriod } from './visibility';

/** How `node(id)` finds the statistics' types: a period the caller may not see is not there. */
export const kpisNodeTypes = (sources: KpisSources) => ({
  ReportingPeriod: {
    key: (period: Period) => period.code,
    load: (code, context) => visiblePeriod(context, sources, code),
  } satisfies NodeType<StoredPeriod>,
  Indicator: {
    key: (indicator: Indicator) => indicator.code,
    load: (code, context) => indicatorLoader(context, sources.kpis).load(code),
  } satisfies NodeType<Indicator>,
  Observation: {
    key: (observation: Observation) => String(observation.id),
    load: async (key, context) => {
      const observation = /^\d{1,9}$/.test(key) ? await observationLoader(context, sources.kpis).load(Number(key)) : null;
      // A figure of a period not yet published is no more there for the public than its period.
      return observation && (await visiblePeriod(context, sources, observation.period)) ? observation : null;
    },
  } satisfies NodeType<Observation>,
});
