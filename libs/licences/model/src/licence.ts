import { z } from 'zod';
import { LICENCE_NUMBER_MAX_LENGTH, LICENCE_NUMBER_PATTERN } from './licence-number';

/**
 * Licences (giấy phép) the department issues:
 * giấy phép xuất bản bản tin (bulletin publishing licence),
 * giấy phép xuất bản tài liệu không kinh doanh (non-commercial publication licence), and
 * giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng
 * (certificate that a public electronic-game service point meets the conditions to operate).
 */
export const licenceTypes = ['bulletin_publishing', 'non_commercial_publication', 'game_service_point_certificate'] as const;
export type LicenceType = (typeof licenceTypes)[number];

/** Labels of the licence types, for display. */
export const licenceTypeLabels: Record<LicenceType, { vi: string; en: string }> = {
  bulletin_publishing: { vi: 'Giấy phép xuất bản bản tin', en: 'Bulletin publishing licence' },
  non_commercial_publication: {
    vi: 'Giấy phép xuất bản tài liệu không kinh doanh',
    en: 'Non-commercial publication licence',
  },
  game_service_point_certificate: {
    vi: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
    en: 'Certificate of eligibility to operate a public electronic-game service point',
  },
};

/** A licence number: trimmed, at most {@link LICENCE_NUMBER_MAX_LENGTH} characters, of {@link LICENCE_NUMBER_PATTERN}. */
export const licenceNumberSchema = z
  .string()
  .trim()
  // A blank or an oversize number is told once, not again as a wrong shape.
  .min(1, { abort: true })
  .max(LICENCE_NUMBER_MAX_LENGTH, { abort: true })
  .regex(LICENCE_NUMBER_PATTERN, 'A licence number is digits, a slash and upper-case codes joined by hyphens, as in 03/GP-STTTT');

const unitCode = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'A unit code is lower-case ASCII words joined by hyphens');
const day = z.iso.date();

/** A licence as issued: who holds it, what it licenses, from when to when, and by whom. */
export const licenceSchema = z
  .object({
    type: z.enum(licenceTypes),
    /** The number printed on the licence (`03/GP-STTTT`); unique within its type. */
    number: licenceNumberSchema,
    holderName: z.string().trim().min(1).max(300),
    holderAddress: z.string().trim().min(1).max(500).nullable(),
    /** What is licensed: the bulletin's or publication's title, or the service point's address. */
    subjectVi: z.string().trim().min(1).max(1000),
    issuedOn: day,
    validFrom: day,
    /** Null when the licence has no end date. */
    validUntil: day.nullable(),
    revokedOn: day.nullable(),
    revocationReason: z.string().trim().min(1).max(2000).nullable(),
    /** The unit that issued it, normally the department (`so-tttt`). */
    issuerUnitCode: unitCode,
    /** A made-up record for demonstration, never counted in statistics. */
    isSample: z.boolean(),
  })
  .superRefine((licence, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (licence.validFrom < licence.issuedOn) issue('validFrom', 'A licence cannot take effect before it is issued');
    if (licence.validUntil !== null && licence.validUntil < licence.validFrom) {
      issue('validUntil', 'A licence cannot end before it takes effect');
    }
    if (licence.revokedOn !== null && licence.revokedOn < licence.issuedOn) {
      issue('revokedOn', 'A licence cannot be revoked before it is issued');
    }
    if ((licence.revokedOn === null) !== (licence.revocationReason === null)) {
      issue(licence.revokedOn === null ? 'revokedOn' : 'revocationReason', 'A revocation gives both its day and its reason');
    }
  });

export type LicenceInput = z.input<typeof licenceSchema>;
export type LicenceFields = z.output<typeof licenceSchema>;

/** A licence as stored: its fields, its id (a UUID given by the store) and its version. */
export interface Licence extends LicenceFields {
  id: string;
  version: number;
}

/** What revoking a licence (thu hồi giấy phép) says: from which day and why. */
export const revocationSchema = z.object({
  revokedOn: day,
  reason: z.string().trim().min(1).max(2000),
});
export type RevocationInput = z.input<typeof revocationSchema>;
