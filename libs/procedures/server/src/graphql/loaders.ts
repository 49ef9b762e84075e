import { defineLoader } from '@egov/graphql';
import { isOnTime, settledOn, toPublicDossier, type Dossier, type Procedure, type PublicDossier } from '@egov/procedures-model';
import type { ProceduresRepository } from '../procedures-repository';

/** The request's loader of procedures by code. */
export const procedureLoader = defineLoader<string, Procedure | null, ProceduresRepository>('procedure', (codes, repository) => repository.getMany(codes));

/** The public view of a dossier plus whether it is on time; the full record never leaves the loader. */
export type PublicView = PublicDossier & { onTime: boolean; settledOn: string | null };

/** Dossiers as the public sees them, on time or not as of the source's today. */
export const publicDossierLoader = defineLoader<string, PublicView | null, { procedures: ProceduresRepository; today: () => string }>(
  'publicDossier',
  async (codes, { procedures, today }) => {
    const dossiers = await procedures.getManyDossiers(codes);
    const now = today();
    return dossiers.map((dossier) => (dossier ? { ...toPublicDossier(dossier), onTime: isOnTime(dossier, now), settledOn: settledOn(dossier) } : null));
  },
);

export const dossierLoader = defineLoader<string, Dossier | null, ProceduresRepository>('dossier', (codes, repository) => repository.getManyDossiers(codes));
