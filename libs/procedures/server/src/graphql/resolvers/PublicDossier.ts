import { dossierStateLabelsEn } from '@egov/procedures-model';
import { procedureLoader } from '../loaders';
import type { PublicDossierResolvers } from '../schema-types.generated';
import type { ProceduresSources } from '../sources';
import { stateLabels } from '../state-labels';

export const publicDossierResolvers = ({ procedures }: ProceduresSources): PublicDossierResolvers => ({
  procedure: (view, _, context) => procedureLoader(context, procedures).load(view.procedureCode),
  stateLabelEn: (view) => dossierStateLabelsEn[view.state],
  timeline: (view) => [
    { from: null, state: view.history[0]?.from ?? view.state, at: view.receivedAt, ...stateLabels(view.history[0]?.from ?? view.state) },
    ...view.history.map((move) => ({ from: move.from, state: move.to, at: move.at, ...stateLabels(move.to) })),
  ],
});
