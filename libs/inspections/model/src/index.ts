export { fineInWords, numberInWords, type NumberWordsOptions } from './fine-in-words';
export {
  conclusionSchema,
  documentNumberSchema,
  enforcementStatuses,
  inspectionActivities,
  inspectionFields,
  inspectionKinds,
  inspectionSchema,
  inspectionStatuses,
  inspectionSubjectSchema,
  sanctionDecisionSchema,
  subjectKinds,
  violationSchema,
  type ConclusionInput,
  type EnforcementStatus,
  type Inspection,
  type InspectionActivity,
  type InspectionField,
  type InspectionFields,
  type InspectionInput,
  type InspectionKind,
  type InspectionStatus,
  type InspectionSubject,
  type SanctionDecision,
  type SanctionDecisionFields,
  type SanctionDecisionInput,
  type SubjectKind,
  type Violation,
} from './inspection';
export {
  assertEnforcementChange,
  assertInspectionStatusChange,
  decisionDateIssue,
  enforcementTransitions,
  inspectionStatusTransitions,
} from './inspection-rules';
export { DOCUMENT_NUMBER_PATTERN, MAX_FINE_VND } from './register-limits';
export { compareWithReported, periodTotalFigures, periodTotals, type PeriodTotals, type TotalsDifference } from './period-totals';
