import type { LicenceStatus, LicenceType } from '@egov/licences-model';

const typeValues: Record<string, LicenceType> = {
  BULLETIN_PUBLISHING: 'bulletin_publishing',
  NON_COMMERCIAL_PUBLICATION: 'non_commercial_publication',
  GAME_SERVICE_POINT_CERTIFICATE: 'game_service_point_certificate',
};
const statusValues: Record<string, LicenceStatus> = { VALID: 'valid', EXPIRED: 'expired', REVOKED: 'revoked' };

/** The schema's enum values, each mapped to the model's value it stands for. */
export const licencesEnums = { LicenceType: typeValues, LicenceStatus: statusValues };
