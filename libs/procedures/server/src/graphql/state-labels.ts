import { dossierStateLabelsEn, dossierStateLabelsVi, type DossierState } from '@egov/procedures-model';

/** A dossier state's names, in both languages, as the schema's state types show them. */
export const stateLabels = (state: DossierState) => ({ labelVi: dossierStateLabelsVi[state], labelEn: dossierStateLabelsEn[state] });
