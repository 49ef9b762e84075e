import type { DocumentNode } from 'graphql';
import {
  DOSSIER_QUERY,
  DOSSIER_RECEIVE_MUTATION,
  DOSSIER_TRANSITION_MUTATION,
  DOSSIERS_QUERY,
  LICENCE_ISSUE_MUTATION,
  LICENCE_REVOKE_MUTATION,
} from './officer';
import { DOSSIER_LOOKUP_QUERY, LICENCES_QUERY, PROCEDURE_QUERY, PROCEDURE_SEARCH_QUERY, PROCEDURES_QUERY } from './public';

export * from './public';
export * from './officer';
export type { UserErrorFields } from '../session';

/** Every GraphQL document the procedures remote sends, by operation name (validated by the gateway's tests). */
export const proceduresOperations: Readonly<Record<string, DocumentNode>> = {
  Procedures: PROCEDURES_QUERY,
  ProcedureSearch: PROCEDURE_SEARCH_QUERY,
  Procedure: PROCEDURE_QUERY,
  DossierLookup: DOSSIER_LOOKUP_QUERY,
  Licences: LICENCES_QUERY,
  Dossiers: DOSSIERS_QUERY,
  Dossier: DOSSIER_QUERY,
  DossierReceive: DOSSIER_RECEIVE_MUTATION,
  DossierTransition: DOSSIER_TRANSITION_MUTATION,
  LicenceIssue: LICENCE_ISSUE_MUTATION,
  LicenceRevoke: LICENCE_REVOKE_MUTATION,
};
