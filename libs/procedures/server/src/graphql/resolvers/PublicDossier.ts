import type { RequestContext } from '@egov/graphql';
import { dossierStateLabelsEn } from '@egov/procedures-model';
import { procedureLoader, type PublicView } from '../loaders';
import type { ProceduresSources } from '../sources';
import { stateLabels } from '../state-labels';

export const publicDossierResolvers = ({ procedures }: ProceduresSources) => ({
  procedure: (view: PublicView, _: unknown, context: RequestContext) => procedureLoader(context, procedures).load(view.procedureCode),
  stateLabelEn: (view: PublicView) => dossierStateLabelsEn[view.state],
  timeline: (view: PublicView) => [
    { from: null, state: view.history[0]?.from ?? view.state, at: view.receivedAt, ...stateLabels(view.history[0]?.from ?? view.state) },
    ...view.history.map((move) => ({ from: move.from, state: move.to, at: move.at, ...stateLabels(move.to) })),
  ],
});
