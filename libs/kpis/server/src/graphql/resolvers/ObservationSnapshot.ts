import type { Observation } from '@egov/kpis-model';

/** A figure as it stood before a change: the schema names its target as the input does. */
export const observationSnapshotResolvers = { targetValue: (observation: Observation) => observation.target };
