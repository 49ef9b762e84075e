import { connectionFromArray, keysetConnection, type KeysetOrder, keysetRange, MAX_QUERY_LENGTH, type RequestContext } from '@egov/graphql';
import { allowedTransitions, DOSSIER_CODE_PATTERN, dossierStates, isFinalState } from '@egov/procedures-model';
import { GraphQLError } from 'graphql';
import type { DossierLookupLimiter } from '../../dossier-lookup-limiter';
import { dossierOrderColumns, procedureOrderColumns, type ListedDossier, type ListedProcedure } from '../../procedures-repository';
import { isOfficial, requireOfficialRead } from '../access';
import { boundedText, dossierFilter, MAX_CODE_LENGTH, normaliseDossierCode, procedureFilter } from '../inputs';
import { dossierLoader, procedureLoader, publicDossierLoader } from '../loaders';
import type { QueryResolvers } from '../schema-types.generated';
import type { ProceduresSources } from '../sources';
import { stateLabels } from '../state-labels';
import { officialView } from './Dossier';

/** The catalogue by code; the cursor holds the code. */
const procedureOrder: KeysetOrder<ListedProcedure> = {
  name: 'procedures',
  columns: procedureOrderColumns,
  position: (procedure) => procedure.position,
};

/** The officers' dossier list, newest first; the cursor holds the receipt instant and the code. */
const dossierOrder: KeysetOrder<ListedDossier> = {
  name: 'dossiers',
  columns: dossierOrderColumns,
  position: (dossier) => dossier.position,
};

/**
 * Admits one public lookup or refuses it with RATE_LIMITED. Officials are not limited: they
 * look dossiers up all day, and their lookups are signed in.
 */
async function admitLookup(limiter: DossierLookupLimiter, context: RequestContext): Promise<{ found(): Promise<void> }> {
  if (isOfficial(context)) return { found: async () => undefined };
  const admission = await limiter.admit(context.clientAddress);
  if (admission.allowed) return admission;
  const { retryAfterSeconds } = admission;
  throw new GraphQLError(
    `Too many dossier lookups from your address. Try again in ${retryAfterSeconds} seconds (tra cứu quá nhiều lần, vui lòng thử lại sau ${retryAfterSeconds} giây).`,
    { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } },
  );
}

export const queryResolvers = (sources: ProceduresSources): QueryResolvers => {
  const { procedures, today, lookupLimiter } = sources;
  return {
    procedures: async (_, args) => {
      const range = keysetRange(args, procedureOrder);
      const filter = procedureFilter(args.filter);
      return keysetConnection(await procedures.listPage(filter, range), range, procedureOrder, () => procedures.count(filter));
    },
    procedureSearch: async (_, args) => {
      const query = boundedText(args.query, MAX_QUERY_LENGTH, 'query');
      return connectionFromArray(await procedures.search(query, procedureFilter(args.filter)), args);
    },
    procedure: (_, args, context) => procedureLoader(context, procedures).load(boundedText(args.code, MAX_CODE_LENGTH, 'code').trim()),
    dossierLookup: async (_, args, context) => {
      // Admitted before the code is even read: a malformed or oversize code is a miss too.
      const admission = await admitLookup(lookupLimiter, context);
      const code = normaliseDossierCode(args.code);
      const view = DOSSIER_CODE_PATTERN.test(code) ? await publicDossierLoader(context, { procedures, today }).load(code) : null;
      if (view) await admission.found();
      return view;
    },
    dossier: async (_, args, context) => {
      requireOfficialRead(context);
      const code = normaliseDossierCode(args.code);
      return DOSSIER_CODE_PATTERN.test(code) ? officialView(sources, await dossierLoader(context, procedures).load(code)) : null;
    },
    dossiers: async (_, args, context) => {
      requireOfficialRead(context);
      const range = keysetRange(args, dossierOrder);
      const filter = dossierFilter(args.filter);
      const page = await procedures.listDossiers(filter, range);
      const loader = dossierLoader(context, procedures);
      // The page's dossiers come with their histories: a later dossier(code) in the request reads none again.
      for (const dossier of page.rows) loader.prime(dossier.code, dossier);
      const views = page.rows.map((dossier) => ({ ...dossier, today: today() }));
      return keysetConnection({ rows: views, more: page.more }, range, dossierOrder, () => procedures.countDossiers(filter));
    },
    dossierStates: () => dossierStates.map((state) => ({ state, ...stateLabels(state), allowedNext: [...allowedTransitions(state)], final: isFinalState(state) })),
  };
};
