/**
 * How an applicant's numbers are written, which the one-stop desk's form checks too: kept apart
 * from the schemas so that a form in the browser can read them without loading the validation library.
 */

/** An identity number: a citizen identity card's 12 digits, or an old identity card's 9. */
export const ID_NUMBER_PATTERN = /^(\d{9}|\d{12})$/;

/** A Vietnamese phone number, written without spaces or dots: `0912345678`, `+84912345678`. */
export const PHONE_PATTERN = /^(\+84|0)\d{9,10}$/;
