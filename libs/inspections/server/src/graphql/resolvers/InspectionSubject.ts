import type { RequestContext } from '@egov/graphql';
import type { InspectionSubject } from '@egov/inspections-model';
import { seesPersons } from '../access';

export const inspectionSubjectResolvers = {
  name: (subject: InspectionSubject, _: unknown, context: RequestContext) =>
    subject.kind === 'individual' && !seesPersons(context) ? null : subject.name,
};
