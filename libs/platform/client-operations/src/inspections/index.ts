import type { DocumentNode } from 'graphql';
import {
  INSPECTION_CHOICES_QUERY,
  INSPECTION_CONCLUDE_MUTATION,
  INSPECTION_NODE_QUERY,
  INSPECTION_PERIOD_REPORT_QUERY,
  INSPECTION_PERIODS_QUERY,
  INSPECTION_RECORD_MUTATION,
  INSPECTION_REGISTER_QUERY,
  SANCTION_DECISION_CHOICES_QUERY,
  SANCTION_DECISION_ENFORCEMENT_UPDATE_MUTATION,
  SANCTION_DECISION_NODE_QUERY,
  SANCTION_DECISION_RECORD_MUTATION,
} from './inspections-operations';

export * from './inspections-operations';

/** Every GraphQL document the inspections remote sends, by operation name (validated by the gateway's tests). */
export const inspectionsOperations: Readonly<Record<string, DocumentNode>> = {
  InspectionPeriods: INSPECTION_PERIODS_QUERY,
  InspectionPeriodReport: INSPECTION_PERIOD_REPORT_QUERY,
  InspectionRegister: INSPECTION_REGISTER_QUERY,
  InspectionNode: INSPECTION_NODE_QUERY,
  SanctionDecisionNode: SANCTION_DECISION_NODE_QUERY,
  InspectionChoices: INSPECTION_CHOICES_QUERY,
  SanctionDecisionChoices: SANCTION_DECISION_CHOICES_QUERY,
  InspectionRecord: INSPECTION_RECORD_MUTATION,
  InspectionConclude: INSPECTION_CONCLUDE_MUTATION,
  SanctionDecisionRecord: SANCTION_DECISION_RECORD_MUTATION,
  SanctionDecisionEnforcementUpdate: SANCTION_DECISION_ENFORCEMENT_UPDATE_MUTATION,
};
