import { defineLoader } from '@egov/graphql';
import type { Licence } from '@egov/licences-model';
import type { LicencesRepository } from '../licences-repository';

/** The request's loader of licences by UUID. */
export const licenceLoader = defineLoader<string, Licence | null, LicencesRepository>('licence', (ids, repository) => repository.getMany(ids));
