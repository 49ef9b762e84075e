import { channelLabelsVi, type ProcedureChannel } from '@egov/procedures-model';

export const procedureChannelResolvers = {
  channelLabelVi: (terms: ProcedureChannel) => channelLabelsVi[terms.channel],
};
