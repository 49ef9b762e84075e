import type { Area } from '@egov/districts-model';
import type { NodeType } from '@egov/graphql';
import { areaLoader } from './loaders';
import type { DistrictsSources } from './sources';

/** How `node(id)` finds an area: by its GSO code. */
export const districtsNodeTypes = ({ districts: repository }: DistrictsSources) => ({
  Area: { key: (area: Area) => area.code, load: (code, context) => areaLoader(context, repository).load(code) } satisfies NodeType<Area>,
});
