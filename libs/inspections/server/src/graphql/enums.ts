import { enforcementStatuses, inspectionActivities, inspectionFields, inspectionKinds, inspectionStatuses, subjectKinds } from '@egov/inspections-model';
import type { Resolvers } from './schema-types.generated';

/** GraphQL's UPPER_CASE enum values for the model's lower-case ones. */
const enumOf = <V extends string>(values: readonly V[]) =>
  // Object.fromEntries cannot say which key holds which value: each key is its value in upper case.
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as { [K in V as Uppercase<K>]: K };

const totalsFigures = {
  INSPECTIONS: 'inspections',
  INSPECTED_SUBJECTS: 'inspectedSubjects',
  CHECKS: 'checks',
  CHECKED_SUBJECTS: 'checkedSubjects',
  DECISIONS: 'decisions',
  FINES_VND: 'finesVnd',
} as const;

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
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
