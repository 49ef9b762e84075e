import type { Area } from '@egov/districts-model';
import type { RequestContext } from '@egov/graphql';
import { validOnDay } from '../inputs';
import { areaLoader } from '../loaders';
import type { DistrictsSources } from '../sources';

export const areaResolvers = ({ districts: repository }: DistrictsSources) => ({
  parent: (area: Area, _: unknown, context: RequestContext) => (area.parentCode ? areaLoader(context, repository).load(area.parentCode) : null),
  districts: (area: Area, args: { validOn?: Date | null }) => {
    const validOn = validOnDay(args.validOn);
    return repository.list({ level: 'district', parentCode: area.code, ...(validOn ? { validOn } : {}) });
  },
});
