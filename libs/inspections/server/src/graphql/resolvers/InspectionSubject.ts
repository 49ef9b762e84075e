import { seesPersons } from '../access';
import type { InspectionSubjectResolvers } from '../schema-types.generated';

export const inspectionSubjectResolvers: InspectionSubjectResolvers = {
  name: (subject, _, context) =>
    subject.kind === 'individual' && !seesPersons(context) ? null : subject.name,
};
