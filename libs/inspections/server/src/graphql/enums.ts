import { enumOf } from '@egov/graphql';
import { enforcementStatuses, inspectionActivities, inspectionFields, inspectionKinds, inspectionStatuses, subjectKinds } from '@egov/inspections-model';
import type { Resolvers } from './schema-types.generated';

const totalsFigures = {
  INSPECTIONS: 'inspections',
  INSPECTED_SUBJECTS: 'inspectedSubjects',
  CHECKS: 'checks',
  CHECKED_SUBJECTS: 'checkedSubjects',
  DECISIONS: 'decisions',
  FINES_VND: 'finesVnd',
} as const;

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const inspectionsEnums = {
  InspectionKind: enumOf(inspectionKinds),
  InspectionActivity: enumOf(inspectionActivities),
  InspectionField: enumOf(inspectionFields),
  InspectionStatus: enumOf(inspectionStatuses),
  SubjectKind: enumOf(subjectKinds),
  EnforcementStatus: enumOf(enforcementStatuses),
  InspectionTotalsFigure: totalsFigures,
} satisfies Pick<
  Resolvers,
  'InspectionKind' | 'InspectionActivity' | 'InspectionField' | 'InspectionStatus' | 'SubjectKind' | 'EnforcementStatus' | 'InspectionTotalsFigure'
>;
