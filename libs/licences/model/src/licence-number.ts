// Apart from the schemas, so that a form in the browser can check a number without loading the validation library.

/** The longest licence number accepted: real ones run to about 20 characters (`145/GCN-TTTT`). */
export const LICENCE_NUMBER_MAX_LENGTH = 40;

/**
 * The shape of a licence number (số giấy phép) as printed: the serial number, a slash, then the
 * kind of document and the issuing office in upper-case letters or digits joined by hyphens —
 * `03/GP-STTTT`, `12/GP-XBBT`, `145/GCN-TTTT`. `Đ` counts as an upper-case letter (as in `QĐ`);
 * a year may stand between the serial and the kind (`15/2021/GP-STTTT`). Nothing else — no spaces,
 * quotes or markup — so a number can be shown, searched and linked without escaping surprises.
 */
export const LICENCE_NUMBER_PATTERN = /^\d{1,6}(\/\d{4})?\/[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/;
