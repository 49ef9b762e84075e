import { portalTimeZone } from '@egov/i18n';

const dayParts = new Intl.DateTimeFormat('en-CA', { timeZone: portalTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day (YYYY-MM-DD) of an instant in Vietnam's time, for `format.date`: an article
 * published at 30/06/2020 00:30 in Lạng Sơn is of 30/06 even though it is 29/06 in UTC.
 */
export function portalDay(instant: string | Date): string {
  const parts = Object.fromEntries(dayParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** Where an article stands for an editor: a draft, scheduled (published for a later time), on the portal, or withdrawn. */
export type EditorialStatus = 'draft' | 'scheduled' | 'published' | 'withdrawn';

export function editorialStatus(
  article: { state: 'DRAFT' | 'PUBLISHED' | 'WITHDRAWN'; publishedAt: string | null },
  now: Date = new Date(),
): EditorialStatus {
  if (article.state === 'DRAFT') return 'draft';
  if (article.state === 'WITHDRAWN') return 'withdrawn';
  return article.publishedAt !== null && Date.parse(article.publishedAt) > now.getTime() ? 'scheduled' : 'published';
}

/**
 * A `datetime-local` value (`2026-12-01T08:00`), read as Vietnam's time (UTC+7, no daylight
 * saving), as the ISO instant the API takes; null when it is not a time.
 */
export function vietnamLocalToInstant(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const instant = new Date(`${value.trim()}:00+07:00`);
  if (Number.isNaN(instant.getTime())) return null;
  // Reject dates JavaScript rolled over (31/02 → 03/03).
  return portalDay(instant) === `${match[1]}-${match[2]}-${match[3]}` ? instant.toISOString() : null;
}
