export {
  channelLabelsVi,
  channels,
  channelTerms,
  legalBasisSchema,
  procedureChannelSchema,
  procedureCodeSchema,
  procedureFields,
  procedureSchema,
  requiredDocumentSchema,
  serviceLevels,
  type Channel,
  type LegalBasis,
  type Procedure,
  type ProcedureChannel,
  type ProcedureField,
  type ProcedureFields,
  type ProcedureInput,
  type RequiredDocument,
  type ServiceLevel,
} from './procedure';
export {
  allowedTransitions,
  canTransition,
  dossierStateLabelsEn,
  dossierStateLabelsVi,
  dossierStates,
  dossierTransitions,
  isFinalState,
  type DossierState,
} from './dossier-state';
export {
  DOSSIER_CODE_PATTERN,
  MAX_DOSSIERS_PER_DAY,
  dossierCodePrefix,
  dossierCodeSchema,
  formatDossierCode,
  parseDossierCode,
} from './dossier-code';
export {
  applicantSchema,
  dossierHistoryEntrySchema,
  dossierSchema,
  receiveDossierSchema,
  supplementRequestSchema,
  type Applicant,
  type Dossier,
  type DossierHistoryEntry,
  type DossierInput,
  type ReceiveDossierInput,
  type SupplementRequest,
} from './dossier';
export { ID_NUMBER_PATTERN, PHONE_PATTERN } from './applicant-patterns';
export { applyTransition, invalidTransition, transitionDetailsSchema, type TransitionDetails } from './dossier-transition';
export { addWorkingDays, dueDateFor, isWorkingDay, vietnamDateOf, weekdayOf } from './due-date';
export { isOnTime, settledOn } from './dossier-timeliness';
export { toPublicDossier, type PublicDossier } from './public-dossier';
