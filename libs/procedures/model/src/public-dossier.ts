import type { Dossier } from './dossier';
import { dossierStateLabelsVi, type DossierState } from './dossier-state';
import type { Channel } from './procedure';

/**
 * What anyone who knows a dossier code may see (tra cứu hồ sơ): where it stands and when it is
 * due. No applicant data, and no notes, actors or supplement reasons either, since officials'
 * free text may name the applicant.
 */
export interface PublicDossier {
  code: string;
  procedureCode: string;
  channel: Channel;
  returnChannel: Channel | null;
  receivedAt: string;
  dueOn: string;
  state: DossierState;
  stateLabelVi: string;
  /** The deadline of an open request for more papers. */
  supplementDeadline: string | null;
  history: Array<{ from: DossierState; to: DossierState; at: string }>;
}

/** The public view of a dossier: every field is picked by name, so a new private field cannot leak. */
export function toPublicDossier(dossier: Dossier): PublicDossier {
  return {
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    channel: dossier.channel,
    returnChannel: dossier.returnChannel,
    receivedAt: dossier.receivedAt,
    dueOn: dossier.dueOn,
    state: dossier.state,
    stateLabelVi: dossierStateLabelsVi[dossier.state],
    supplementDeadline: dossier.supplement?.deadline ?? null,
    history: dossier.history.map(({ from, to, at }) => ({ from, to, at })),
  };
}
