/**
 * The gateway's types that implement `Node` (a global `id`, unique across types, fetchable with
 * `node(id)`). The cache keys these by their id alone. A gateway test must keep this list equal
 * to the composed schema's implementations of `Node`.
 */
export const NODE_TYPES = [
  'Area',
  'Award',
  'Dossier',
  'Indicator',
  'Inspection',
  'Licence',
  'NewsArticle',
  'Observation',
  'Person',
  'Procedure',
  'ReportingPeriod',
  'SanctionDecision',
  'Session',
  'Unit',
  'User',
] as const;

/** A type of the gateway that implements `Node`. */
export type NodeTypeName = (typeof NODE_TYPES)[number];

/** The `possibleTypes` the cache needs to match `... on Unit` inside `node(id)` and to let Node's policy apply to each type. */
export const portalPossibleTypes: Record<string, string[]> = { Node: [...NODE_TYPES] };
