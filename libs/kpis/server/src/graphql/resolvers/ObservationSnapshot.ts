import type { Observation } from '@egov/kpis-model';
import type { ObservationSnapshotResolvers } from '../schema-types.generated';

/** A figure as it stood before a change: the schema names its target as the input does. */
export const observationSnapshotResolvers: ObservationSnapshotResolvers = { targetValue: (observation: Observation) => observation.target };
