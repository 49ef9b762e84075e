import type { RequestContext } from '@egov/graphql';
import { allowedTransitions, dossierStateLabelsEn, dossierStateLabelsVi, isOnTime, settledOn, type Dossier } from '@egov/procedures-model';
import { procedureLoader } from '../loaders';
import type { ProceduresSources } from '../sources';

/** A dossier as officials see it, with the day its on-time check is made. */
export type OfficialView = Dossier & { today: string };

export const officialView = ({ today }: Pick<ProceduresSources, 'today'>, dossier: Dossier | null): OfficialView | null =>
  dossier ? { ...dossier, today: today() } : null;

export const dossierResolvers = ({ procedures, today }: ProceduresSources) => ({
  procedure: (dossier: OfficialView, _: unknown, context: RequestContext) => procedureLoader(context, procedures).load(dossier.procedureCode),
  stateLabelVi: (dossier: OfficialView) => dossierStateLabelsVi[dossier.state],
  stateLabelEn: (dossier: OfficialView) => dossierStateLabelsEn[dossier.state],
  allowedNext: (dossier: OfficialView) => allowedTransitions(dossier.state),
  settledOn: (dossier: OfficialView) => settledOn(dossier),
  onTime: (dossier: OfficialView) => isOnTime(dossier, dossier.today ?? today()),
});
