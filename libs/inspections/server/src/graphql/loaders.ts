import { defineLoader } from '@egov/graphql';
import type { Inspection, SanctionDecision } from '@egov/inspections-model';
import type { InspectionsRepository } from '../inspections-repository';

export const inspectionLoader = defineLoader<string, Inspection | null, InspectionsRepository>('inspection', (ids, repository) => repository.getInspections(ids));

export const decisionLoader = defineLoader<string, SanctionDecision | null, InspectionsRepository>('sanctionDecision', (ids, repository) => repository.getSanctionDecisions(ids));

export const decisionsOfInspectionLoader = defineLoader<string, SanctionDecision[], InspectionsRepository>('inspectionSanctionDecisions', (ids, repository) => repository.decisionsForInspections(ids));
