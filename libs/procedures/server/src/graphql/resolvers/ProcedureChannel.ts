import { channelLabelsVi } from '@egov/procedures-model';
import type { ProcedureChannelResolvers } from '../schema-types.generated';

export const procedureChannelResolvers: ProcedureChannelResolvers = {
  channelLabelVi: (terms) => channelLabelsVi[terms.channel],
};
