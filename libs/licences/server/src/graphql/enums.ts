import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const licencesEnums = {
  LicenceType: {
    BULLETIN_PUBLISHING: 'bulletin_publishing',
    NON_COMMERCIAL_PUBLICATION: 'non_commercial_publication',
    GAME_SERVICE_POINT_CERTIFICATE: 'game_service_point_certificate',
  },
  LicenceStatus: { VALID: 'valid', EXPIRED: 'expired', REVOKED: 'revoked' },
} as const satisfies Pick<Resolvers, 'LicenceType' | 'LicenceStatus'>;
