import { formattersFor } from '@egov/i18n';
import { describe, expect, it } from 'vitest';
import { editorialStatus, portalDay, vietnamLocalToInstant } from './dates';

describe('dates of articles', () => {
  it("gives the seed article's day as 30/06/2020 in both languages", () => {
    const day = portalDay('2020-06-30T08:54:00.000Z');
    expect(formattersFor('vi').date(day)).toBe('30/06/2020');
    expect(formattersFor('en').date(day)).toBe('30/06/2020');
  });

  it("takes the day in Vietnam's time, not UTC's", () => {
    expect(portalDay('2020-06-29T17:30:00Z')).toBe('2020-06-30');
    expect(portalDay('2020-06-29T16:59:00Z')).toBe('2020-06-29');
  });

  it("reads a scheduled time typed in Vietnam's time", () => {
    expect(vietnamLocalToInstant('2030-01-02T08:00')).toBe('2030-01-02T01:00:00.000Z');
    expect(vietnamLocalToInstant('')).toBeNull();
    expect(vietnamLocalToInstant('2030-02-30T08:00')).toBeNull();
    expect(vietnamLocalToInstant('tomorrow')).toBeNull();
  });

  it('tells a draft, a scheduled, a published and a withdrawn article apart', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(editorialStatus({ state: 'DRAFT', publishedAt: null }, now)).toBe('draft');
    expect(editorialStatus({ state: 'PUBLISHED', publishedAt: '2026-02-01T00:00:00Z' }, now)).toBe('scheduled');
    expect(editorialStatus({ state: 'PUBLISHED', publishedAt: '2020-06-30T08:54:00Z' }, now)).toBe('published');
    expect(editorialStatus({ state: 'WITHDRAWN', publishedAt: '2020-06-30T08:54:00Z' }, now)).toBe('withdrawn');
  });
});
