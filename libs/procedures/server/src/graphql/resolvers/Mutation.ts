import { DomainError } from '@egov/errors';
import { mutationPayload, requireRole, withInputNames } from '@egov/graphql';
import { DOSSIER_CODE_PATTERN } from '@egov/procedures-model';
import { OFFICIAL } from '../access';
import { receiptFromInput, transitionDetailsFromInput, transitionInputNames } from '../inputs';
import type { MutationResolvers } from '../schema-types.generated';
import type { ProceduresSources } from '../sources';
import { officialView } from './Dossier';

export const mutationResolvers = (sources: ProceduresSources): MutationResolvers => {
  const { procedures } = sources;
  return {
    dossierReceive: (_, args, context) =>
      mutationPayload(async () => {
        const actor = requireRole(context, OFFICIAL);
        const dossier = await procedures.receiveDossier(receiptFromInput(args.input), { actor });
        return { dossier: officialView(sources, dossier) };
      }),
    dossierTransition: (_, args, context) =>
      mutationPayload(async () => {
        const actor = requireRole(context, OFFICIAL);
        const { code, version, to } = args.input;
        if (!DOSSIER_CODE_PATTERN.test(code)) throw DomainError.invalid('code', 'A dossier code looks like LSN-200626-0001.');
        const details = transitionDetailsFromInput(args.input);
        const dossier = await withInputNames(() => procedures.transitionDossier(code, version, to, details, { actor }), transitionInputNames);
        return { dossier: officialView(sources, dossier) };
      }),
  };
};
