/** A reported figure beside the one its parts give. */
export const figureCheckResolvers = { explainedByRounding: (check: { roundsToReported: boolean }) => check.roundsToReported };
