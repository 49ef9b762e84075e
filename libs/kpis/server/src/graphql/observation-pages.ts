import type { KeysetRange } from '@egov/db';
import { keysetConnection, type KeysetOrder, type RequestContext } from '@egov/graphql';
import type { Observation } from '@egov/kpis-model';
import { observationOrder, type KpisRepository, type ObservationFilter } from '../kpis-repository';
import { observationLoader } from './loaders';

/** The figures' one order, as cursors name it. */
export const observationsInOrder: KeysetOrder<Observation> = {
  name: 'observations',
  columns: observationOrder,
  position: (o) => [o.period, o.areaCode, o.factId === null, o.factId ?? '', o.id],
};

/** A page of figures as a connection; its rows prime the request's loader, the count waits to be asked for. */
export function observationPage(
  context: RequestContext,
  kpis: KpisRepository,
  page: { rows: Observation[]; more: boolean },
  range: KeysetRange,
  filter: ObservationFilter,
) {
  for (const observation of page.rows) observationLoader(context, kpis).prime(observation.id, observation);
  return keysetConnection(page, range, observationsInOrder, () => kpis.countObservations(filter));
}
