import { dossierStates, type Channel, type DossierState, type ProcedureField, type ServiceLevel } from '@egov/procedures-model';

const fieldValues: Record<string, ProcedureField> = {
  PUBLISHING: 'publishing',
  PRESS: 'press',
  ELECTRONIC_GAMES: 'electronic_games',
  POST: 'post',
  TELECOM_INTERNET: 'telecom_internet',
  RADIO_FREQUENCY: 'radio_frequency',
  INFORMATION_TECHNOLOGY: 'information_technology',
  ELECTRONIC_INFORMATION: 'electronic_information',
  BROADCASTING: 'broadcasting',
};
const channelValues: Record<string, Channel> = { IN_PERSON: 'in_person', ONLINE: 'online', POSTAL: 'postal' };
const serviceLevelValues: Record<string, ServiceLevel> = { FULL_PROCESS: 'full_process', PARTIAL_PROCESS: 'partial_process' };
const stateValues = Object.fromEntries(dossierStates.map((state) => [state.toUpperCase(), state])) as Record<string, DossierState>;

/** The schema's enum values, each mapped to the model's value it stands for. */
export const proceduresEnums = {
  ProcedureField: fieldValues,
  Channel: channelValues,
  ServiceLevel: serviceLevelValues,
  DossierState: stateValues,
};
