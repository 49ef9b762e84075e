/**
 * Vietnam's calendar (Asia/Ho_Chi_Minh, UTC+7 all year), where the department counts its days.
 * One formatter for the process: building one loads time-zone data and costs about a millisecond,
 * too much for a value asked once a row.
 */
const vietnamCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (YYYY-MM-DD) an instant falls on in Vietnam; today by default. */
export const dayInVietnam = (instant: Date = new Date()): string => vietnamCalendar.format(instant);
