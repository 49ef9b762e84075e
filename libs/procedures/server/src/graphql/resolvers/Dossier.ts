import { allowedTransitions, dossierStateLabelsEn, dossierStateLabelsVi, isOnTime, settledOn, type Dossier } from '@egov/procedures-model';
import { procedureLoader } from '../loaders';
import type { DossierResolvers } from '../schema-types.generated';
import type { ProceduresSources } from '../sources';

/** A dossier as officials see it, with the day its on-time check is made. */
export type OfficialView = Dossier & { today: string };

export const officialView = ({ today }: Pick<ProceduresSources, 'today'>, dossier: Dossier | null): OfficialView | null =>
  dossier ? { ...dossier, today: today() } : null;

export const dossierResolvers = ({ procedures }: ProceduresSources): DossierResolvers => ({
  procedure: (dossier, _, context) => procedureLoader(context, procedures).load(dossier.procedureCode),
  stateLabelVi: (dossier) => dossierStateLabelsVi[dossier.state],
  stateLabelEn: (dossier) => dossierStateLabelsEn[dossier.state],
  // A copy: the schema's list is an array of its own, the model's table of moves is read-only.
  allowedNext: (dossier) => [...allowedTransitions(dossier.state)],
  settledOn: (dossier) => settledOn(dossier),
  onTime: (dossier) => isOnTime(dossier, dossier.today),
});
