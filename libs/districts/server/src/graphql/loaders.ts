import type { Area } from '@egov/districts-model';
import { defineLoader } from '@egov/graphql';
import type { DistrictsRepository } from '../districts-repository';

/** The request's loader of areas by GSO code; other domains use it for their `area` fields. */
export const areaLoader = defineLoader<string, Area | null, DistrictsRepository>('area', (codes, repository) => repository.getMany(codes));
