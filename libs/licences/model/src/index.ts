export {
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
