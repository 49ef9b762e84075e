import { DomainError, validate } from '@egov/errors';
import { licenceSchema, revocationSchema, type LicenceFields, type RevocationInput } from './licence';

/**
 * Where a licence stands on a day: `valid`, `expired` (after its last valid day) or `revoked`
 * (from the day of revocation, whatever its validity). A licence granted but not yet in force
 * counts as valid: it has been issued and nothing has ended it.
 */
export const licenceStatuses = ['valid', 'expired', 'revoked'] as const;
export type LicenceStatus = (typeof licenceStatuses)[number];

export const licenceStatusLabels: Record<LicenceStatus, { vi: string; en: string }> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  revoked: { vi: 'Đã thu hồi', en: 'Revoked' },
};

/** The status of a licence on a day (ISO date). */
export function licenceStatus(licence: Pick<LicenceFields, 'validUntil' | 'revokedOn'>, today: string): LicenceStatus {
  if (licence.revokedOn !== null && licence.revokedOn <= today) return 'revoked';
  if (licence.validUntil !== null && licence.validUntil < today) return 'expired';
  return 'valid';
}

/**
 * The licence as it is once revoked. A licence is revoked once: revoking it again is an
 * INVALID_TRANSITION; a day before it was issued is a VALIDATION error.
 */
export function revokeLicence<L extends LicenceFields>(licence: L, input: RevocationInput): L {
  const revocation = validate(revocationSchema, input);
  if (licence.revokedOn !== null) {
    throw new DomainError('INVALID_TRANSITION', `This licence was already revoked on ${licence.revokedOn}.`, [
      { field: ['revokedOn'], message: 'This licence was already revoked.', code: 'INVALID_TRANSITION' },
    ]);
  }
  const revoked = { ...licence, revokedOn: revocation.revokedOn, revocationReason: revocation.reason };
  validate(licenceSchema, revoked);
  return revoked;
}
