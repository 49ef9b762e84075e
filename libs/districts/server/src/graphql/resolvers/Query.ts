import type { RequestContext } from '@egov/graphql';
import { validOnDay } from '../inputs';
import { areaLoader } from '../loaders';
import type { DistrictsSources } from '../sources';

export const queryResolvers = ({ districts: repository }: DistrictsSources) => ({
  area: (_: unknown, args: { code: string }, context: RequestContext) => areaLoader(context, repository).load(args.code),
  districts: (_: unknown, args: { provinceCode: string; validOn?: Date | null }) => {
    const validOn = validOnDay(args.validOn);
    return repository.list({ level: 'district', parentCode: args.provinceCode, ...(validOn ? { validOn } : {}) });
  },
  provinces: () => repository.list({ level: 'province' }),
});
