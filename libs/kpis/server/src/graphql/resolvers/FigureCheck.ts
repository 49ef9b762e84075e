import type { FigureCheckResolvers } from '../schema-types.generated';
/** A reported figure beside the one its parts give. */
export const figureCheckResolvers: FigureCheckResolvers = { explainedByRounding: (check: { roundsToReported: boolean }) => check.roundsToReported };
