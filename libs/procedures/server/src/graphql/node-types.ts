import type { NodeType } from '@egov/graphql';
import type { Procedure } from '@egov/procedures-model';
import { isOfficial } from './access';
import { dossierLoader, procedureLoader } from './loaders';
import { officialView, type OfficialView } from './resolvers/Dossier';
import type { ProceduresSources } from './sources';

/** How `node(id)` finds the procedures' types: a procedure by its code, a dossier by its code for officials only. */
export const proceduresNodeTypes = (sources: ProceduresSources) => ({
  Procedure: {
    key: (procedure: Procedure) => procedure.code,
    load: (code, context) => procedureLoader(context, sources.procedures).load(code),
  } satisfies NodeType<Procedure>,
  // Only officials may fetch a full dossier by id; anyone else learns nothing, not even that it exists.
  Dossier: {
    key: (dossier: OfficialView) => dossier.code,
    load: async (code, context) => (isOfficial(context) ? officialView(sources, await dossierLoader(context, sources.procedures).load(code)) : null),
  } satisfies NodeType<OfficialView>,
});
