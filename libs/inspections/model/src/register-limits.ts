/**
 * The register's limits that a form checks too, kept apart from the schemas so that a form in the
 * browser can read them without loading the validation library.
 */

/** The largest fine the register takes, well above any administrative fine in the sector. */
export const MAX_FINE_VND = 1_000_000_000_000;

/** A document number: a serial, a slash and the issuer's abbreviation, e.g. "12/QĐ-TTr". */
export const DOCUMENT_NUMBER_PATTERN = /^\d{1,6}\/[\p{L}\p{N}]+([-.][\p{L}\p{N}]+)*$/u;
