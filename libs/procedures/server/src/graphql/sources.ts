import type { UnitsRepository } from '@egov/units-server';
import type { DossierLookupLimiter } from '../dossier-lookup-limiter';
import type { ProceduresRepository } from '../procedures-repository';

export interface ProceduresGraphQLOptions {
  /** Today in Vietnam (ISO date), for on-time checks; the real day when left out. */
  today?: () => string;
  /** Limits the public dossier lookup per address; the default limits on the real clock when left out. */
  lookupLimiter?: DossierLookupLimiter;
}

/** What the procedures' resolvers read: their own repository, the units that perform procedures, today's date and the lookup limiter. */
export interface ProceduresSources {
  procedures: ProceduresRepository;
  units: UnitsRepository;
  /** Today in Vietnam (ISO date), for on-time checks. */
  today: () => string;
  /** Limits the public dossier lookup per address. */
  lookupLimiter: DossierLookupLimiter;
}
