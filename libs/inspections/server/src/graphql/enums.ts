import { enforcementStatuses, inspectionActivities, inspectionFields, inspectionKinds, inspectionStatuses, subjectKinds } from '@egov/inspections-model';

/** GraphQL's UPPER_CASE enum values for the model's lower-case ones. */
const enumOf = (values: readonly string[]) => Object.fromEntries(values.map((value) => [value.toUpperCase(), value]));

const totalsFigures = {
  INSPECTIONS: 'inspections',
  INSPECTED_SUBJECTS: 'inspectedSubjects',
  CHECKS: 'checks',
  CHECKED_SUBJECTS: 'checkedSubjects',
  DECISIONS: 'decisions',
  FINES_VND: 'finesVnd',
} as const;

/** The schema's enum values, each mapped to the model's value it stands for. */
export const inspectionsEnums = {
  InspectionKind: enumOf(inspectionKinds),
  InspectionActivity: enumOf(inspectionActivities),
  InspectionField: enumOf(inspectionFields),
  InspectionStatus: enumOf(inspectionStatuses),
  SubjectKind: enumOf(subjectKinds),
  EnforcementStatus: enumOf(enforcementStatuses),
  InspectionTotalsFigure: totalsFigures,
};
