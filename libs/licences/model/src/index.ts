export { LICENCE_NUMBER_MAX_LENGTH, LICENCE_NUMBER_PATTERN } from './licence-number';
export {
  licenceNumberSchema,
  licenceSchema,
  licenceTypeLabels,
  licenceTypes,
  revocationSchema,
  type Licence,
  type LicenceFields,
  type LicenceInput,
  type LicenceType,
  type RevocationInput,
} from './licence';
export { licenceStatus, licenceStatusLabels, licenceStatuses, revokeLicence, type LicenceStatus } from './licence-status';
