import { validOnDay } from '../inputs';
import { areaLoader } from '../loaders';
import type { QueryResolvers } from '../schema-types.generated';
import type { DistrictsSources } from '../sources';

export const queryResolvers = ({ districts: repository }: DistrictsSources): QueryResolvers => ({
  area: (_, args, context) => areaLoader(context, repository).load(args.code),
  districts: (_, args) => {
    const validOn = validOnDay(args.validOn);
    return repository.list({ level: 'district', parentCode: args.provinceCode, ...(validOn ? { validOn } : {}) });
  },
  provinces: () => repository.list({ level: 'province' }),
});
