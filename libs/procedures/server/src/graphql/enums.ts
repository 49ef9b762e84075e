import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const proceduresEnums = {
  ProcedureField: {
    PUBLISHING: 'publishing',
    PRESS: 'press',
    ELECTRONIC_GAMES: 'electronic_games',
    POST: 'post',
    TELECOM_INTERNET: 'telecom_internet',
    RADIO_FREQUENCY: 'radio_frequency',
    INFORMATION_TECHNOLOGY: 'information_technology',
    ELECTRONIC_INFORMATION: 'electronic_information',
    BROADCASTING: 'broadcasting',
  },
  Channel: { IN_PERSON: 'in_person', ONLINE: 'online', POSTAL: 'postal' },
  ServiceLevel: { FULL_PROCESS: 'full_process', PARTIAL_PROCESS: 'partial_process' },
  DossierState: {
    NEW: 'new',
    RECEIVED: 'received',
    NOT_ACCEPTED: 'not_accepted',
    PROCESSING: 'processing',
    SUPPLEMENT_REQUESTED: 'supplement_requested',
    FINANCIAL_OBLIGATION: 'financial_obligation',
    WITHDRAWAL_REQUESTED: 'withdrawal_requested',
    STOPPED: 'stopped',
    PROCESSED: 'processed',
    RETURNED: 'returned',
  },
} as const satisfies Pick<Resolvers, 'ProcedureField' | 'Channel' | 'ServiceLevel' | 'DossierState'>;
