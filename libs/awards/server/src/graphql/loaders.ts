import type { Award } from '@egov/awards-model';
import { defineLoader } from '@egov/graphql';
import type { AwardsRepository } from '../awards-repository';

/** The request's loader of awards by id. */
export const awardLoader = defineLoader<string, Award | null, AwardsRepository>('award', (ids, repository) => repository.getMany(ids));
