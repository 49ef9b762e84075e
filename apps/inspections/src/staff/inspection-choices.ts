import { useQuery } from '@apollo/client/react';
import { INSPECTION_CHOICES_QUERY, INSPECTION_NODE_QUERY, type InspectionChoicesQuery, type InspectionRowFields } from '@egov/client-operations/inspections';

type InspectionChoice = InspectionChoicesQuery['inspections']['nodes'][number];

/**
 * The inspections a form offers: the latest 50, and the one the address names (`?cuoc=<id>`, a
 * link from the register or from a saved conclusion) when it is older, read on its own.
 */
export function useInspectionChoices(named: string) {
  const latest = useQuery(INSPECTION_CHOICES_QUERY, { variables: {}, fetchPolicy: 'network-only' });
  const listed = latest.data?.inspections.nodes ?? [];
  const older = useQuery(INSPECTION_NODE_QUERY, {
    variables: { id: named },
    skip: !named || !latest.data || listed.some((inspection) => inspection.id === named),
    fetchPolicy: 'network-only',
  });
  const node = older.data?.node;
  const olderInspection = node && node.__typename === 'Inspection' ? (node as InspectionRowFields) : null;
  const inspections: InspectionChoice[] = olderInspection ? [...listed, olderInspection] : listed;
  return {
    inspections,
    loaded: !!latest.data,
    error: latest.error,
    /** Reads them again (after a CONFLICT: someone saved one first). */
    refetch() {
      void latest.refetch();
      if (olderInspection) void older.refetch();
    },
  };
}
