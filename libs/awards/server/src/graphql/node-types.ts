import type { Award } from '@egov/awards-model';
import type { NodeType } from '@egov/graphql';
import { awardLoader } from './loaders';
import type { AwardsSources } from './sources';

/** How `node(id)` finds an award. */
export const awardsNodeTypes = ({ awards }: AwardsSources) => ({
  Award: { key: (award: Award) => award.id, load: (id, context) => awardLoader(context, awards).load(id) } satisfies NodeType<Award>,
});
