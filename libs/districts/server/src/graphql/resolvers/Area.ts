import { validOnDay } from '../inputs';
import { areaLoader } from '../loaders';
import type { AreaResolvers } from '../schema-types.generated';
import type { DistrictsSources } from '../sources';

export const areaResolvers = ({ districts: repository }: DistrictsSources): AreaResolvers => ({
  parent: (area, _, context) => (area.parentCode ? areaLoader(context, repository).load(area.parentCode) : null),
  districts: (area, args) => {
    const validOn = validOnDay(args.validOn);
    return repository.list({ level: 'district', parentCode: area.code, ...(validOn ? { validOn } : {}) });
  },
});
